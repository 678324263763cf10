package com.outcomes.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.junit.Test;

import com.atlassian.templaterenderer.TemplateRenderer;

public class VelocityTemplatesTest {

    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final VelocityTemplates templates = new VelocityTemplates(renderer);

    @Test
    public void returnsWhatTheRendererWritesWithAWritableContext() throws Exception {
        // given a renderer that writes a context value and, like Velocity's #set, adds to the context
        doAnswer(call -> {
            Map<String, Object> context = call.getArgument(1);
            context.put("set", true);
            ((Writer) call.getArgument(2)).write("status " + context.get("status"));
            return null;
        }).when(renderer).render(eq("templates/panel.vm"), anyMap(), any(Writer.class));

        // when: an immutable context is given
        String html = templates.render("templates/panel.vm", Map.of("status", "ON_TRACK"));

        // then
        assertEquals("status ON_TRACK", html);
    }

    @Test
    public void renderingFailureIsReportedWithTheTemplate() throws Exception {
        IOException cause = new IOException("missing");
        doThrow(cause).when(renderer).render(any(), anyMap(), any(Writer.class));

        try {
            templates.render("templates/nope.vm", Map.of());
            fail("expected a failure");
        } catch (IllegalStateException e) {
            assertSame(cause, e.getCause());
            assertEquals("Could not render template templates/nope.vm", e.getMessage());
        }
    }
}
