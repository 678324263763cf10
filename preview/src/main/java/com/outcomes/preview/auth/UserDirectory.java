package com.outcomes.preview.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The preview's logins: the two built-in ones, or those of a {@code --users} file. Immutable. */
public final class UserDirectory {

    private final Map<String, PreviewUser> users;
    private final List<String> order;

    public UserDirectory(Collection<PreviewUser> users) {
        Map<String, PreviewUser> byName = new LinkedHashMap<>();
        users.forEach(u -> byName.put(u.name(), u));
        this.users = Map.copyOf(byName);
        this.order = List.copyOf(byName.keySet());
    }

    /**
     * {@code admin}/{@code admin} browses and edits everything and administers the preview; {@code viewer}/{@code viewer}
     * only browses. Their addresses are {@code admin@localhost} and {@code viewer@localhost}, so a mail catcher on this
     * machine ({@code --smtp-host 127.0.0.1}) shows the demo's reminders.
     */
    public static UserDirectory builtIn() {
        return new UserDirectory(List.of(
                new PreviewUser("admin", "admin", Set.of(PreviewUser.EVERY_PROJECT), Set.of(PreviewUser.EVERY_PROJECT),
                        "admin@localhost", true),
                new PreviewUser("viewer", "viewer", Set.of(PreviewUser.EVERY_PROJECT), Set.of(), "viewer@localhost", false)));
    }

    /**
     * Reads {@code {"users": [{"name", "password", "browse": [...], "edit": [...], "email": "...", "admin": true}]}}
     * ({@code email} and {@code admin} optional: no address, not an administrator).
     *
     * @throws IllegalArgumentException with a one-line reason when the file is missing or malformed
     */
    public static UserDirectory read(Path file) {
        JsonNode root;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("users file " + file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("users file " + file + ": not found", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("users file " + file + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.path("users").isArray() || root.get("users").isEmpty()) {
            throw new IllegalArgumentException("users file " + file + ": expected {\"users\": [...]} with at least one user");
        }
        List<PreviewUser> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int position = 0;
        for (JsonNode user : root.get("users")) {
            position++;
            String name = user.path("name").asText("");
            String password = user.path("password").asText("");
            if (name.isBlank() || password.isEmpty()) {
                throw new IllegalArgumentException("users file " + file + ": user #" + position + " needs a name and a password");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("users file " + file + ": user " + name + " appears twice");
            }
            users.add(new PreviewUser(name, password, projects(file, name, user, "browse"), projects(file, name, user, "edit"),
                    email(file, name, user.get("email")), admin(file, name, user.get("admin"))));
        }
        return new UserDirectory(users);
    }

    private static String email(Path file, String name, JsonNode email) {
        if (email == null || email.isNull()) {
            return null;
        }
        try {
            if (!email.isTextual()) {
                throw new AddressException(email.toString());
            }
            new InternetAddress(email.asText(), true).validate();
            return email.asText();
        } catch (AddressException e) {
            throw new IllegalArgumentException("users file " + file + ": user " + name + ": email " + email
                    + " is not a mail address", e);
        }
    }

    private static boolean admin(Path file, String name, JsonNode admin) {
        if (admin == null || admin.isNull()) {
            return false;
        }
        if (!admin.isBoolean()) {
            throw new IllegalArgumentException("users file " + file + ": user " + name + ": admin must be true or false, not " + admin);
        }
        return admin.asBoolean();
    }

    private static Set<String> projects(Path file, String name, JsonNode user, String field) {
        JsonNode list = user.get(field);
        if (list == null || list.isNull()) {
            return Set.of();
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("users file " + file + ": user " + name + ": " + field + " must be a list of project keys");
        }
        Set<String> keys = new HashSet<>();
        list.forEach(k -> keys.add(k.asText()));
        return keys;
    }

    /** The user if the name and password match, compared in constant time. */
    public Optional<PreviewUser> authenticate(String name, String password) {
        PreviewUser user = users.get(name);
        if (user == null || password == null) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(user.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(user) : Optional.empty();
    }

    public Optional<PreviewUser> user(String name) {
        return Optional.ofNullable(name == null ? null : users.get(name));
    }

    /** Names in the order they were given (for the start-up log). */
    public List<String> names() {
        return order;
    }
}
