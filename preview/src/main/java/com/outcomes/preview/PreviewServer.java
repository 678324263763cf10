package com.outcomes.preview;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import com.outcomes.preview.auth.BasicAuthFilter;
import com.outcomes.preview.auth.RequestUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.web.ClasspathResourceServlet;

/**
 * Jetty with everything behind HTTP Basic: the REST API at {@value #REST_PATH}, core's web assets at
 * {@code /web/*}, WebJars at {@code /webjars/*}, and the page routes the host gives (the HTML pages
 * at {@code /}). Knows nothing about databases or work data — {@link PreviewHost} wires those.
 */
public final class PreviewServer {

    public static final String REST_PATH = "/rest/outcomes/1.0";
    /**
     * Jersey warns that resources registered as instances "implement no provider interface", although it
     * serves them as resources all the same; the warning would greet every start, so that one logger is
     * quietened. Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDERS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        JERSEY_PROVIDERS.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Server jetty;
    private final ServerConnector connector;

    /**
     * @param restSingletons JAX-RS resources and providers (from {@code OutcomesCore.restSingletons()})
     * @param pageRoutes     servlets for the HTML pages; mounted after the fixed routes
     */
    public PreviewServer(int port, UserDirectory users, RequestUser requestUser, Set<Object> restSingletons,
                         List<ServletRoute> pageRoutes) {
        jetty = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setPort(port);
        connector.setHost(null);
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        // Never a stack trace in an answer (DESIGN §5), whatever fails.
        errors.setShowStacks(false);
        errors.setShowServlet(false);
        context.setErrorHandler(errors);
        context.addFilter(new FilterHolder(new BasicAuthFilter(users, requestUser, PreviewText.get("outcomes.preview.auth.required"))), "/*",
                EnumSet.of(DispatcherType.REQUEST));

        ResourceConfig rest = new ResourceConfig();
        rest.registerInstances(Set.copyOf(restSingletons));
        rest.register(JacksonFeature.class);
        // WADL needs JAXB, which the preview does not ship; without this Jersey warns at every start.
        rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), REST_PATH + "/*");
        context.addServlet(new ServletHolder("web", new ClasspathResourceServlet("web")), "/web/*");
        context.addServlet(new ServletHolder("webjars", new ClasspathResourceServlet("META-INF/resources/webjars")), "/webjars/*");
        List<ServletRoute> routes = new ArrayList<>(pageRoutes);
        for (ServletRoute route : routes) {
            context.addServlet(new ServletHolder(route.servlet()), route.pathSpec());
        }
        jetty.setHandler(context);
        jetty.setStopTimeout(5_000);
        jetty.setStopAtShutdown(false);
    }

    /** @throws PreviewStartupException when the port is taken or Jetty cannot start */
    public void start() {
        try {
            jetty.start();
        } catch (BindException e) {
            stopQuietly();
            throw new PreviewStartupException("port " + connector.getPort() + " is already in use", e);
        } catch (IOException e) {
            stopQuietly();
            if (e.getCause() instanceof BindException) {
                throw new PreviewStartupException("port " + connector.getPort() + " is already in use", e);
            }
            throw new PreviewStartupException("cannot start the web server: " + e.getMessage(), e);
        } catch (Exception e) {
            stopQuietly();
            throw new PreviewStartupException("cannot start the web server: " + e.getMessage(), e);
        }
    }

    /** The port actually bound (useful when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port());
    }

    public void stop() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        }
    }

    private void stopQuietly() {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // Start already failed; that failure is what the user needs to see.
        }
    }
}
