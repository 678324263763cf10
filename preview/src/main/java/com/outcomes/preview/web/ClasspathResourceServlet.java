package com.outcomes.preview.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.ServletException;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.server.AllowedResourceAliasChecker;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Jetty's {@link ResourceServlet} over a classpath folder: core's {@code web/} assets at {@code /web/*} and the
 * WebJars ({@code META-INF/resources/webjars/}) at {@code /webjars/*}. The folder may sit in several classpath entries
 * (every WebJar has its own); they are combined, so it works the same from the IDE, from {@code target/classes} and
 * from inside the shaded jar. Content types come from Jetty's {@code MimeTypes}; no directory listings, and
 * {@code no-cache} so an edited asset shows on the next reload. The security headers come from
 * {@link TransportHandler}.
 */
public final class ClasspathResourceServlet extends ResourceServlet {

    private final String folder;

    /** @param folder classpath folder without leading or trailing slash, e.g. {@code web} */
    private ClasspathResourceServlet(String folder) {
        this.folder = folder;
    }

    /** The servlet for {@code folder}, configured as the preview serves its assets. */
    public static ServletHolder holder(String name, String folder) {
        ServletHolder holder = new ServletHolder(name, new ClasspathResourceServlet(folder));
        holder.setInitParameter("dirAllowed", "false");
        holder.setInitParameter("cacheControl", "no-cache");
        // The alias check needs the base resource, which only exists once the context runs (see init).
        holder.setInitParameter("installAliasChecker", "false");
        return holder;
    }

    @Override
    public void init() throws ServletException {
        super.init();
        ServletContextHandler context = ServletContextHandler.getServletContextHandler(getServletContext());
        Resource base = classpathFolder(ResourceFactory.of(context));
        context.addAliasCheck(new AllowedResourceAliasChecker(context, base));
        getResourceService().setHttpContentFactory(new ResourceHttpContentFactory(base, utf8Text(context.getMimeTypes())));
    }

    /** Jetty's types, with scripts and stylesheets declared UTF-8 (core's assets are; Jetty names no charset). */
    private static MimeTypes utf8Text(MimeTypes jetty) {
        MimeTypes.Mutable types = new MimeTypes.Mutable(jetty);
        types.addMimeMapping("js", "text/javascript;charset=utf-8");
        types.addMimeMapping("mjs", "text/javascript;charset=utf-8");
        types.addMimeMapping("css", "text/css;charset=utf-8");
        return types;
    }

    private Resource classpathFolder(ResourceFactory factory) {
        List<Resource> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(ClasspathResourceServlet.class.getClassLoader().getResources(folder))) {
                found.add(factory.newResource(url.toURI()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classpath folder " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("classpath folder " + folder + " has no URI", e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("classpath folder " + folder + " is missing");
        }
        return ResourceFactory.combine(found);
    }
}
