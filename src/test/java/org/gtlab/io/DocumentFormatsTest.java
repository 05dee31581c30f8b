package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gtlab.game.GameCatalog;
import org.gtlab.repeated.RepeatedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFormatsTest {

    @TempDir
    Path dir;

    @Test
    void aRepeatedGameDocumentDeclaresItsFormat() throws Exception {
        Path f = dir.resolve("pd.json");
        RepeatedFiles.write(RepeatedDocument.of(GameCatalog.get("prisoners-dilemma").game()), f);
        assertEquals(RepeatedFiles.DOCUMENT_FORMAT, DocumentFormats.declared(f));
    }

    @Test
    void onlyTheTopLevelFormatCountsAndNestedOnesAreSkipped() throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"a\": {\"format\": \"inner\"}, \"b\": [1, {\"format\": 2}], \"format\": \"outer\"}");
        assertEquals("outer", DocumentFormats.declared(f));
        Files.writeString(f, "{\"a\": {\"format\": \"inner\"}}");
        assertNull(DocumentFormats.declared(f));
        Files.writeString(f, "{\"format\": 3}");
        assertNull(DocumentFormats.declared(f), "a non-string format is no declaration");
    }

    @Test
    void gameFilesAndBrokenFilesDeclareNothing() throws Exception {
        Path game = dir.resolve("bos.json");
        GameFiles.save(game, GameCatalog.get("battle-of-the-sexes").game());
        assertEquals("gtlab-game", DocumentFormats.declared(game), "a JSON game is a game (the editor's)");
        Path nfg = dir.resolve("bos.nfg");
        GameFiles.save(nfg, GameCatalog.get("battle-of-the-sexes").game());
        assertNull(DocumentFormats.declared(nfg));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": ");
        assertNull(DocumentFormats.declared(broken), "the game reader reports a broken file");
        Files.writeString(broken, "[1, 2]");
        assertNull(DocumentFormats.declared(broken));
    }
}
