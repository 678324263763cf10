package com.outcomes.domain;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.Test;

/** Every key the domain emits has an English text, and every text is valid MessageFormat. */
public class DomainMessagesTest {

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DomainMessagesTest.class.getResourceAsStream("/com/outcomes/i18n/outcomes.properties")) {
            assertNotNull("bundle missing", in);
            p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return p;
    }

    @Test
    public void everyErrorKeyHasAText() throws Exception {
        Properties bundle = bundle();
        for (Field f : ErrorKeys.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String key = (String) f.get(null);
                assertTrue("missing " + key, bundle.containsKey(key));
            }
        }
    }

    @Test
    public void everyLintCodeHasAText() throws Exception {
        Properties bundle = bundle();
        for (String code : OutcomeLint.CODES) {
            assertTrue("missing " + code, bundle.containsKey(OutcomeLint.messageKey(code)));
        }
    }

    @Test
    public void domainTextsFormatWithTypicalArguments() throws Exception {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("outcomes.error.") || key.startsWith("outcomes.lint.")) {
                String text = new MessageFormat(bundle.getProperty(key), Locale.ENGLISH)
                        .format(new Object[] {"Churn", 12.5, 3.25});
                assertTrue(key + " lost its apostrophes: " + text,
                        !bundle.getProperty(key).contains("''") || text.contains("'"));
            }
        }
    }

    @Test
    public void readsLikeOutputTextQuotesTheStatement() throws Exception {
        String text = MessageFormat.format(bundle().getProperty("outcomes.lint.reads.like.output"),
                "Launch new onboarding wizard");

        assertTrue(text, text.startsWith("Reads like output, not an outcome: 'Launch new onboarding wizard'"));
    }
}
