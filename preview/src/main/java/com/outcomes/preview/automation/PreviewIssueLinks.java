package com.outcomes.preview.automation;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import com.outcomes.port.IssueLinks;

/**
 * Links to the preview's issue page, {@code /browse/KEY}, for reminder mails. The address is known once Jetty listens
 * (with {@code --port 0} the port is chosen then), so it is {@link #listeningAt set} after the start; mails are only
 * composed by the job, which runs after that.
 */
public final class PreviewIssueLinks implements IssueLinks {

    private final AtomicReference<URI> base = new AtomicReference<>();

    /** @param baseUri where the preview answers, e.g. {@code http://127.0.0.1:8080} */
    public void listeningAt(URI baseUri) {
        String text = baseUri.toString();
        base.set(URI.create(text.endsWith("/") ? text : text + "/"));
    }

    @Override
    public String issueUrl(String issueKey) {
        URI uri = base.get();
        if (uri == null) {
            throw new IllegalStateException("the preview is not listening yet");
        }
        return uri.resolve("browse/" + issueKey).toString();
    }
}
