package com.outcomes.preview.auth;

import java.util.function.Function;

import javax.security.auth.Subject;

import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.IdentityService;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;

/**
 * Jetty's login service over the preview's users ({@link UserDirectory}): the name and password Jetty's Basic
 * authenticator read are checked by the directory (in constant time); a login carries no roles, since the preview's
 * permissions are per project and asked of {@link PreviewAccessPolicy}, not of the servlet container.
 */
public final class UserDirectoryLoginService implements LoginService {

    private static final String[] NO_ROLES = new String[0];

    private final String realm;
    private final UserDirectory users;
    private IdentityService identities = new DefaultIdentityService();

    public UserDirectoryLoginService(String realm, UserDirectory users) {
        this.realm = realm;
        this.users = users;
    }

    @Override
    public String getName() {
        return realm;
    }

    @Override
    public UserIdentity login(String username, Object credentials, Request request, Function<Boolean, Session> session) {
        String password = credentials instanceof String text ? text : null;
        return users.authenticate(username, password).map(user -> {
            UserPrincipal principal = new UserPrincipal(user.name(), null);
            Subject subject = new Subject();
            subject.getPrincipals().add(principal);
            subject.setReadOnly();
            return identities.newUserIdentity(subject, principal, NO_ROLES);
        }).orElse(null);
    }

    /** The users file is read once at start: a login stays valid as long as the process runs. */
    @Override
    public boolean validate(UserIdentity user) {
        return users.user(user.getUserPrincipal().getName()).isPresent();
    }

    @Override
    public IdentityService getIdentityService() {
        return identities;
    }

    @Override
    public void setIdentityService(IdentityService service) {
        identities = service;
    }

    @Override
    public void logout(UserIdentity user) {
        // nothing held per login
    }
}
