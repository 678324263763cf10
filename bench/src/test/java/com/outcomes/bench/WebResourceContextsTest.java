package com.outcomes.bench;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WebResourceContextsTest {

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    @Test
    public void countsAResourceBoundToAnIssueViewContextWithItsDependenciesOfOursButNotTheDashboardsOnly() throws Exception {
        // given
        Path root = tmp.newFolder("classes").toPath();
        Files.writeString(root.resolve("common.js"), "x".repeat(100));
        Files.writeString(root.resolve("panel.js"), "y".repeat(30));
        Files.writeString(root.resolve("item.js"), "z".repeat(7));
        Path descriptor = root.resolve("atlassian-plugin.xml");
        Files.writeString(descriptor, """
                <atlassian-plugin key="com.example.outcomes" name="x" plugins-version="2">
                  <web-resource key="common"><resource type="download" name="common.js" location="common.js"/></web-resource>
                  <web-resource key="panel">
                    <dependency>com.atlassian.auiplugin:ajs</dependency>
                    <dependency>com.example.outcomes:common</dependency>
                    <resource type="download" name="panel.js" location="panel.js"/>
                    <context>jira.view.issue</context>
                  </web-resource>
                  <web-resource key="item"><resource type="download" name="item.js" location="item.js"/><context>atl.dashboard</context></web-resource>
                </atlassian-plugin>
                """);

        // when
        WebResourceContexts.Result result = new WebResourceContexts().read(descriptor, List.of(root));

        // then
        assertEquals(List.of("panel", "item"), result.contextBound().stream().map(WebResourceContexts.WebResource::key).toList());
        assertEquals(List.of("panel", "common"), result.onIssueView().stream().map(WebResourceContexts.WebResource::key).toList());
        assertEquals(130, result.issueViewBytes());
    }
}
