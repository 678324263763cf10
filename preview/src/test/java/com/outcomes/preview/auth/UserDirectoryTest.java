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
}
