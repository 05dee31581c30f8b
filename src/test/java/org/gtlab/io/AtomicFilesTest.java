package org.gtlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writesAndReplacesWithoutLeavingTemporaryFiles(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("out.json");
        AtomicFiles.write(f, "one");
        AtomicFiles.write(f, "two");
        assertEquals("two", Files.readString(f));
        assertEquals(List.of("out.json"), names(dir));
        assertEquals(0, AtomicFiles.liveCount());
    }

    @Test
    void newFilesFollowTheUmaskAndReplacedFilesKeepTheirPermissions(@TempDir Path dir) throws IOException {
        Path reference = Files.createFile(dir.resolve("reference")); // default permissions: 0666 & ~umask
        Path f = dir.resolve("new.nfg");
        AtomicFiles.write(f, "x");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(f));
        Set<PosixFilePermission> custom = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(f, custom);
        AtomicFiles.write(f, "y");
        assertEquals(custom, Files.getPosixFilePermissions(f));
    }

    @Test
    void aFailingWriterLeavesTheTargetAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("keep.txt");
        AtomicFiles.write(f, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + f + ": disk full", e.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("keep.txt"), names(dir));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(f, out -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of("keep.txt"), names(dir));
        assertEquals(0, AtomicFiles.liveCount());
    }

    @Test
    void errorsNameTheTargetAndTheReasonNeverATemporaryFile(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("out.json");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(missing, "x"));
        assertEquals("cannot write " + missing + ": the folder " + missing.getParent() + " does not exist",
                e.getMessage());
        IOException folder = assertThrows(IOException.class, () -> AtomicFiles.write(dir, "x"));
        assertEquals("cannot write " + dir + ": it is a folder", folder.getMessage());
        Path file = Files.writeString(dir.resolve("plain"), "x");
        Path under = file.resolve("out.json");
        IOException notDir = assertThrows(IOException.class, () -> AtomicFiles.write(under, "x"));
        assertEquals("cannot write " + under + ": " + file + " is not a folder", notDir.getMessage());
        assertEquals("cannot write x.json: permission denied",
                AtomicFiles.explain("write", Paths.get("x.json"),
                        new java.nio.file.AccessDeniedException("/d/.x.json.abc.tmp")).getMessage());
        assertEquals("cannot read g.nfg: no such file or folder",
                AtomicFiles.explain("read", Paths.get("g.nfg"), new java.nio.file.NoSuchFileException("g.nfg"))
                        .getMessage());
        assertFalse(names(dir).stream().anyMatch(n -> n.endsWith(".tmp")));
        // what the command line prints for an I/O failure that carries only a path
        assertEquals("cannot create out: it already exists",
                AtomicFiles.describe(new java.nio.file.FileAlreadyExistsException("out")));
        assertEquals("cannot access runs/x: permission denied",
                AtomicFiles.describe(new java.nio.file.AccessDeniedException("runs/x")));
        assertEquals("disk full", AtomicFiles.describe(new IOException("disk full")));
    }

    @Test
    void readErrorsSayWhatIsWrong(@TempDir Path dir) {
        Path missing = dir.resolve("missing.nfg");
        IOException e = assertThrows(IOException.class, () -> GameFiles.load(missing));
        assertEquals("cannot read " + missing + ": no such file or folder", e.getMessage());
        IOException folder = assertThrows(IOException.class, () -> NfgReader.read(dir));
        assertTrue(folder.getMessage().startsWith("cannot read " + dir + ": it is a folder"), folder.getMessage());
    }

    /**
     * A child JVM killed with SIGTERM in the middle of a write: the shutdown hook deletes the
     * temporary file and the target never appears.
     */
    @Test
    void aWriteKilledBySigtermLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("big.json");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), target.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // wait (event: the temporary file exists and has content) — at most 60 s on a loaded machine
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            boolean writing = false;
            while (!writing && System.nanoTime() < deadline && p.isAlive()) {
                writing = tempFiles(dir).stream().anyMatch(t -> t.toFile().length() > 0);
                if (!writing) {
                    Thread.sleep(20);
                }
            }
            assertTrue(writing, "the child never started writing");
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child did not end on SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(), names(dir), "files left behind");
    }

    /** Child process: writes slowly forever to the file named by its argument. */
    public static final class SlowWriter {
        public static void main(String[] args) throws Exception {
            AtomicFiles.write(Paths.get(args[0]), out -> {
                byte[] chunk = "0123456789\n".getBytes(StandardCharsets.US_ASCII);
                while (true) {
                    out.write(chunk);
                    out.flush();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
    }

    private static List<Path> tempFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("reference")).sorted()
                    .collect(Collectors.toList());
        }
    }
}
