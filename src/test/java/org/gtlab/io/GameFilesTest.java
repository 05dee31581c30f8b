package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.testutil.Corpus;

class GameFilesTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void saveAndLoadByExtensionLeavesNoTemporaryFiles() throws IOException {
        NormalFormGame g = GameCatalog.get("volunteers-dilemma").game();
        Path nfg = dir.resolve("v.nfg");
        Path json = dir.resolve("v.JSON");
        GameFiles.save(nfg, g);
        GameFiles.save(json, g);
        assertTrue(Files.readString(nfg).startsWith("NFG 1 R "));
        assertTrue(Files.readString(nfg).contains("{ \"\" 3, 3, 3 }"), "outcome version");
        assertTrue(Files.readString(json).contains("\"format\" : \"gtlab-game\""));
        assertEquals(g, GameFiles.load(nfg));
        assertEquals(g, GameFiles.load(json));
        // overwrite an existing file
        NormalFormGame h = RandomGames.nPlayer(new int[] {3, 2}, 0, 9, 1);
        GameFiles.save(nfg, h);
        assertEquals(h, GameFiles.load(nfg));
        GameFiles.saveNfg(dir.resolve("p.nfg"), h, NfgWriter.Form.PAYOFF);
        assertEquals(h, GameFiles.load(dir.resolve("p.nfg")));
        assertEquals(List.of("p.nfg", "v.JSON", "v.nfg"), listing());
    }

    @Test
    void overwriteKeepsPermissions() throws IOException {
        Path f = dir.resolve("g.nfg");
        GameFiles.save(f, GameCatalog.get("chicken").game());
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-r-----");
        try {
            Files.setPosixFilePermissions(f, perms);
        } catch (UnsupportedOperationException notPosix) {
            return;
        }
        GameFiles.save(f, GameCatalog.get("stag-hunt").game());
        assertEquals(perms, Files.getPosixFilePermissions(f));
    }

    @Test
    void failedSaveLeavesOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("g.nfg");
        GameFiles.save(f, GameCatalog.get("chicken").game());
        String before = Files.readString(f);
        // the target is a non-empty folder: the move fails, the temporary file must go
        Path folder = dir.resolve("folder.json");
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("x"), "x");
        assertThrows(IOException.class, () -> GameFiles.save(folder, GameCatalog.get("chicken").game()));
        assertEquals(before, Files.readString(f));
        assertEquals(List.of("folder.json", "g.nfg"), listing());
    }

    @Test
    void unknownExtensions() throws IOException {
        NormalFormGame g = GameCatalog.get("chicken").game();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GameFiles.save(dir.resolve("g.txt"), g));
        assertTrue(e.getMessage().contains(".nfg") && e.getMessage().contains(".json"), e.getMessage());
        // reading sniffs the content
        Files.writeString(dir.resolve("a.txt"), NfgWriter.toString(g));
        Files.writeString(dir.resolve("b.game"), JsonGameFormat.toJson(g));
        assertEquals(g, GameFiles.load(dir.resolve("a.txt")));
        assertEquals(g, GameFiles.load(dir.resolve("b.game")));
        Files.writeString(dir.resolve("c.efg"), "EFG 2 R \"t\" { \"A\" }");
        GameFormatException efg = assertThrows(GameFormatException.class, () -> GameFiles.load(dir.resolve("c.efg")));
        assertTrue(efg.getMessage().contains("extensive-form"), efg.getMessage());
    }

    @Test
    void loadReportsFormatErrorsWithThePath() throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"format\":\"gtlab-game\",\"version\":7}");
        GameFormatException e = assertThrows(GameFormatException.class, () -> GameFiles.load(f));
        assertEquals(f.toString() + ":1:34: unsupported gtlab-game version 7: this GT Lab reads version 1 "
                + "(the file was written by a newer GT Lab)", e.getMessage());
    }

    @Test
    void resolveFilesAndCatalogNames() throws IOException {
        Corpus.Entry shapley = Corpus.load("classic_shapley_3x3");
        assertTrue(GameFiles.resolve(shapley.nfg().toString()).samePayoffs(shapley.game()));
        assertEquals(GameCatalog.get("stag-hunt").game(), GameFiles.resolve("stag-hunt"));
        assertEquals(GameCatalog.get("stag-hunt").game(), GameFiles.resolve(" Stag Hunt "));
        assertEquals(GameCatalog.get("battle-of-the-sexes").game(), GameFiles.resolve("battle_of_the_sexes"));
        // a file wins over a catalog name
        Path local = dir.resolve("stag-hunt");
        NormalFormGame other = RandomGames.nPlayer(new int[] {2, 2}, 0, 3, 5);
        Files.writeString(local, NfgWriter.toString(other));
        assertEquals(other, GameFiles.resolve(local.toString()));
    }

    @Test
    void resolveSuggestsCloseNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GameFiles.resolve("stag-hnt"));
        assertTrue(e.getMessage().startsWith("unknown game \"stag-hnt\": no such file and no catalog game of that name; "
                + "did you mean stag-hunt?"), e.getMessage());
        assertTrue(e.getMessage().contains("prisoners-dilemma"), "lists the catalog: " + e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GameFiles.resolve("games/chiken.nfg"));
        assertTrue(e.getMessage().startsWith("no such file: \"games/chiken.nfg\""), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean chicken?"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GameFiles.resolve("rock-paper"));
        assertTrue(e.getMessage().contains("rock-paper-scissors"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GameFiles.resolve("zzzzzzzzzz"));
        assertTrue(!e.getMessage().contains("did you mean") && e.getMessage().contains("Catalog games: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GameFiles.resolve(" "));
    }

    @Test
    void editDistance() {
        assertEquals(0, GameFiles.editDistance("abc", "abc"));
        assertEquals(3, GameFiles.editDistance("kitten", "sitting"));
        assertEquals(4, GameFiles.editDistance("", "abcd"));
    }
}
