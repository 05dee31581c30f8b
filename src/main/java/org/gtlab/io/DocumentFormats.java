package org.gtlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Which kind of GT Lab document a file is, before it is read: the top-level {@code "format"} string
 * of a JSON object ({@code "gtlab-repeated-game"}, {@code "gtlab-strategy"}, …), found by streaming
 * over the top level only (nested objects are skipped without being built), so sniffing a large file
 * costs no more than reading up to that field. Game files ({@code .nfg}, and JSON games, which
 * carry no {@code format}) give null and go to the matrix editor.
 */
public final class DocumentFormats {

    private static final JsonFactory JSON = new JsonFactory();

    private DocumentFormats() {
    }

    /**
     * The file's declared format, or null if it is not a JSON object with a top-level string
     * {@code "format"} (including files that are not JSON at all: their reader reports why).
     *
     * @throws IOException if the file cannot be opened
     */
    public static String declared(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("format".equals(name)) {
                    return v == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                p.skipChildren();
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
