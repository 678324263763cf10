package com.outcomes.preview;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import com.outcomes.preview.auth.CurrentUserFilter;
import com.outcomes.preview.auth.FailedLogins;
import com.outcomes.preview.auth.LoginChallengeAnswer;
import com.outcomes.preview.auth.PreviewBasicAuthenticator;
import com.outcomes.preview.auth.RequestUser;
import com.outcomes.preview.auth.UserDirectory;
import com.outcomes.preview.auth.UserDirectoryLoginService;
import com.outcomes.preview.web.ClasspathResourceServlet;
import com.outcomes.preview.web.SameOriginWriteFilter;
import com.outcomes.preview.web.TransportHandler;

/**
 * Jetty with everything behind HTTP Basic: the REST API at {@value #REST_PATH}, core's web assets at
 * {@code /web/*}, WebJars at {@code /webjars/*}, AUI at {@code /aui/*}, and the page routes the host gives (the HTML pages
 * at {@code /}). Knows nothing about databases or work data — {@link PreviewHost} wires those.
 */
public final class PreviewServer {

    public static final String REST_PATH = "/rest/outcomes/1.0";
    /** The Basic realm browsers show in their login prompt. */
    public static final String REALM = "Outcomes preview";
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
    private final String bind;

    /**
     * @param bind           the address to listen on ({@code 127.0.0.1}, {@code 0.0.0.0} for every interface, …)
     * @param failedLogins   decides how late wrong passwords are answered
     * @param restSingletons JAX-RS resources and providers (from {@code OutcomesCore.restSingletons()})
     * @param pageRoutes     servlets for the HTML pages; mounted after the fixed routes
     */
    public PreviewServer(String bind, int port, UserDirectory users, RequestUser requestUser, FailedLogins failedLogins,
                         Set<Object> restSingletons, List<ServletRoute> pageRoutes) {
        this.bind = bind;
        jetty = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setPort(port);
        connector.setHost(bind);
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        LoginChallengeAnswer errors = new LoginChallengeAnswer();
        // Never a stack trace in an answer (DESIGN §5), whatever fails.
        errors.setShowStacks(false);
        errors.setShowServlet(false);
        context.setErrorHandler(errors);
        // In this order: headers and TRACE first (every answer has the headers: a handler around the context), Jetty's
        // login on every path, then cross-site writes (so a 403 there means a logged-in browser was used by another
        // site, a 401 that it was not logged in).
        context.setSecurityHandler(login(users, failedLogins));
        addFilter(context, new CurrentUserFilter(users, requestUser));
        addFilter(context, new SameOriginWriteFilter());

        ResourceConfig rest = new ResourceConfig();
        rest.registerInstances(Set.copyOf(restSingletons));
        rest.register(JacksonFeature.class);
        // WADL needs JAXB, which the preview does not ship; without this Jersey warns at every start.
        rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), REST_PATH + "/*");
        context.addServlet(ClasspathResourceServlet.holder("web", "web"), "/web/*");
        context.addServlet(ClasspathResourceServlet.holder("webjars", "META-INF/resources/webjars"), "/webjars/*");
        // AUI's dist and its jQuery, copied there by the build from the npm lockfile (preview/pom.xml)
        context.addServlet(ClasspathResourceServlet.holder("aui", "aui"), "/aui/*");
        List<ServletRoute> routes = new ArrayList<>(pageRoutes);
        for (ServletRoute route : routes) {
            context.addServlet(new ServletHolder(route.servlet()), route.pathSpec());
        }
        jetty.setHandler(new TransportHandler(context));
        jetty.setStopTimeout(5_000);
        jetty.setStopAtShutdown(false);
    }

    /** HTTP Basic against the users file on everything the preview serves, REST and pages alike. */
    private static ConstraintSecurityHandler login(UserDirectory users, FailedLogins failedLogins) {
        ConstraintSecurityHandler security = new ConstraintSecurityHandler();
        security.setLoginService(new UserDirectoryLoginService(REALM, users));
        security.setAuthenticator(new PreviewBasicAuthenticator(failedLogins));
        ConstraintMapping everything = new ConstraintMapping();
        everything.setPathSpec("/*");
        everything.setConstraint(Constraint.ANY_USER);
        security.addConstraintMapping(everything);
        return security;
    }

    private static void addFilter(ServletContextHandler context, jakarta.servlet.Filter filter) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setAsyncSupported(true);
        context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    /** @throws PreviewStartupException when the port is taken, the address is not this machine's, or Jetty cannot start */
    public void start() {
        try {
            jetty.start();
        } catch (BindException e) {
            stopQuietly();
            throw cannotListen(e);
        } catch (IOException e) {
            stopQuietly();
            if (e.getCause() instanceof BindException bind) {
                throw cannotListen(bind);
            }
            throw new PreviewStartupException("cannot start the web server: " + e.getMessage(), e);
        } catch (Exception e) {
            stopQuietly();
            throw new PreviewStartupException("cannot start the web server: " + e.getMessage(), e);
        }
    }

    private PreviewStartupException cannotListen(BindException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        if (reason.contains("in use")) {
            return new PreviewStartupException("port " + connector.getPort() + " is already in use", e);
        }
        return new PreviewStartupException("cannot listen on " + bind + " port " + connector.getPort() + ": " + reason, e);
    }

    /** The port actually bound (useful when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    /** True when listening on every interface ({@code 0.0.0.0} or {@code ::}). */
    public boolean everyInterface() {
        try {
            return InetAddress.getByName(bind).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The address as asked for, e.g. {@code 127.0.0.1}. */
    public String bind() {
        return bind;
    }

    /**
     * Where this machine reaches the server: the bound address (IPv6 in brackets), or the loopback address when it
     * listens on every interface.
     */
    public URI baseUri() {
        String host = everyInterface() ? "127.0.0.1" : bind;
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
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
