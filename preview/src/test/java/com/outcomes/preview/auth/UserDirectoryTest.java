package com.outcomes.preview.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class UserDirectoryTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void builtInAdminEditsEverythingAndViewerOnlyBrowses() {
        // given
        UserDirectory users = UserDirectory.builtIn();

        // then
        PreviewUser admin = users.authenticate("admin", "admin").orElseThrow();
        PreviewUser viewer = users.authenticate("viewer", "viewer").orElseThrow();
        assertTrue(admin.mayEdit("ANY"));
        assertTrue(viewer.mayBrowse("ANY"));
        assertFalse(viewer.mayEdit("ANY"));
        assertEquals(List.of("admin", "viewer"), users.names());
    }

    @Test
    public void wrongPasswordOrUnknownUserDoesNotAuthenticate() {
        UserDirectory users = UserDirectory.builtIn();
        assertTrue(users.authenticate("admin", "Admin").isEmpty());
        assertTrue(users.authenticate("root", "admin").isEmpty());
        assertTrue(users.authenticate("admin", null).isEmpty());
    }

    @Test
    public void usersFileReplacesTheBuiltInUsers() throws Exception {
        // given
        Path file = folder.newFile("users.json").toPath();
        Files.writeString(file, """
                {"users": [{"name": "pia", "password": "s3cret", "browse": ["OUT", "MKT"], "edit": ["OUT"]},
                           {"name": "max", "password": "pw"}]}""");

        // when
        UserDirectory users = UserDirectory.read(file);

        // then
        assertTrue(users.authenticate("admin", "admin").isEmpty());
        PreviewUser pia = users.authenticate("pia", "s3cret").orElseThrow();
        assertEquals(Set.of("OUT", "MKT"), pia.browse());
        assertEquals(Set.of("OUT"), pia.edit());
        assertFalse(users.authenticate("max", "pw").orElseThrow().mayBrowse("OUT"));
    }

    @Test
    public void duplicateUserIsRejected() throws Exception {
        // given
        Path file = folder.newFile("dup.json").toPath();
        Files.writeString(file, "{\"users\": [{\"name\": \"a\", \"password\": \"1\"}, {\"name\": \"a\", \"password\": \"2\"}]}");

        // then
        assertEquals("users file " + file + ": user a appears twice",
                assertThrows(IllegalArgumentException.class, () -> UserDirectory.read(file)).getMessage());
    }

    @Test
    public void emptyOrMissingUsersFileIsRejected() throws Exception {
        Path empty = folder.newFile("empty.json").toPath();
        Files.writeString(empty, "{\"users\": []}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UserDirectory.read(empty)).getMessage()
                .endsWith("expected {\"users\": [...]} with at least one user"));
        Path missing = folder.getRoot().toPath().resolve("none.json");
        assertEquals("users file " + missing + ": not found",
                assertThrows(IllegalArgumentException.class, () -> UserDirectory.read(missing)).getMessage());
    }

    @Test
    public void usersFileGivesAddressesAndAdministrators() throws Exception {
        // given
        Path file = folder.newFile("mail.json").toPath();
        Files.writeString(file, """
                {"users": [{"name": "pia", "password": "pw", "browse": ["*"], "email": "pia@example.com", "admin": true},
                           {"name": "max", "password": "pw", "email": null, "admin": false},
                           {"name": "eva", "password": "pw"}]}""");

        // when
        UserDirectory users = UserDirectory.read(file);

        // then
        PreviewUser pia = users.user("pia").orElseThrow();
        assertEquals("pia@example.com", pia.email());
        assertTrue(pia.admin());
        assertEquals(null, users.user("max").orElseThrow().email());
        assertFalse(users.user("max").orElseThrow().admin());
        assertEquals(null, users.user("eva").orElseThrow().email());
        assertFalse(users.user("eva").orElseThrow().admin());
    }

    @Test
    public void builtInAdminAdministersAndBothHaveLocalAddresses() {
        UserDirectory users = UserDirectory.builtIn();
        assertTrue(users.user("admin").orElseThrow().admin());
        assertEquals("admin@localhost", users.user("admin").orElseThrow().email());
        assertFalse(users.user("viewer").orElseThrow().admin());
        assertEquals("viewer@localhost", users.user("viewer").orElseThrow().email());
    }

    @Test
    public void malformedAddressOrAdminFlagIsRejectedNamingUserAndField() throws Exception {
        Path badMail = folder.newFile("bad-mail.json").toPath();
        Files.writeString(badMail, "{\"users\": [{\"name\": \"pia\", \"password\": \"pw\", \"email\": \"pia at example\"}]}");
        assertEquals("users file " + badMail + ": user pia: email \"pia at example\" is not a mail address",
                assertThrows(IllegalArgumentException.class, () -> UserDirectory.read(badMail)).getMessage());
        Path numberMail = folder.newFile("number-mail.json").toPath();
        Files.writeString(numberMail, "{\"users\": [{\"name\": \"pia\", \"password\": \"pw\", \"email\": 7}]}");
        assertEquals("users file " + numberMail + ": user pia: email 7 is not a mail address",
                assertThrows(IllegalArgumentException.class, () -> UserDirectory.read(numberMail)).getMessage());
        Path badAdmin = folder.newFile("bad-admin.json").toPath();
        Files.writeString(badAdmin, "{\"users\": [{\"name\": \"pia\", \"password\": \"pw\", \"admin\": \"yes\"}]}");
        assertEquals("users file " + badAdmin + ": user pia: admin must be true or false, not \"yes\"",
                assertThrows(IllegalArgumentException.class, () -> UserDirectory.read(badAdmin)).getMessage());
    }
}
