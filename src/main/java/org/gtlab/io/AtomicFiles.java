package org.gtlab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way GT Lab writes a file: atomically, so that a reader (or a crash, or a killed process)
 * sees either the old content or the new one, never half a file, and no temporary file is left
 * behind.
 *
 * <p>How: the bytes go to a temporary file {@code .NAME.<random>.tmp} in the target's folder, are
 * forced to disk, and the temporary file is moved over the target with {@code ATOMIC_MOVE} (falling
 * back to {@code REPLACE_EXISTING} where the file system cannot move atomically).
 * <ul>
 *   <li><b>Permissions</b>: the temporary file is created with the default permissions, so a new
 *       file follows the umask (0644 under the usual umask 022, not the 0600 of
 *       {@link Files#createTempFile}); a file that is replaced keeps its permissions.</li>
 *   <li><b>No leftovers</b>: the temporary file is deleted when anything fails, and every
 *       temporary file still open is deleted by a shutdown hook when the JVM ends normally or on
 *       SIGTERM/SIGINT (Ctrl+C). Only {@code kill -9} or a power cut can leave one behind.</li>
 *   <li><b>Errors that say what is wrong</b>: every failure is an {@link IOException} whose message
 *       names the target (never the temporary file) and the reason, e.g.
 *       {@code cannot write out.json: permission denied} ({@link #explain}).</li>
 * </ul>
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Temporary files being written; deleted by the shutdown hook if the JVM ends meanwhile. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private AtomicFiles() {
    }

    /** Something that writes the content to a stream (the stream is closed by the caller). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes what {@code content} produces to {@code target} atomically (for large outputs that
     * should not be held in memory). An exception thrown by {@code content} leaves the target
     * unchanged and is rethrown as it is.
     *
     * @throws IOException with a message naming the target and the reason when the file cannot be
     *         written (no such folder, permission denied, disk full, …)
     */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            throw new IOException("cannot write " + target + ": it names no file");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": " + (Files.exists(dir) ? dir + " is not a folder"
                    : "the folder " + dir + " does not exist"));
        }
        installHook();
        Path tmp;
        try {
            tmp = createTemp(dir, abs.getFileName().toString());
        } catch (IOException e) {
            throw explain("write", target, e);
        }
        boolean moved = false;
        try {
            if (Files.exists(abs)) {
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
                } catch (UnsupportedOperationException | IOException notPosix) {
                    // keep the default permissions
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(new ForcingChannel(ch)), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            } catch (IOException e) {
                throw explain("write", target, e);
            }
            try {
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw explain("write", target, e);
            }
            moved = true;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the hook tries once more at exit
                }
            }
            if (moved || !Files.exists(tmp)) {
                LIVE.remove(tmp);
            }
        }
    }

    /**
     * An {@link IOException} whose message says what could not be done to which file and why, in
     * words: {@code cannot write out.json: permission denied}, {@code cannot read g.nfg: no such
     * file}. A {@link GameFormatException} and an exception whose message already starts with
     * "cannot " are returned unchanged.
     *
     * @param verb what was attempted: "read", "write", …
     */
    public static IOException explain(String verb, Path file, IOException e) {
        if (e instanceof GameFormatException || e.getMessage() != null && e.getMessage().startsWith("cannot ")) {
            return e;
        }
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            why = "a part of the path is not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            why = "it is a non-empty folder";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "it already exists";
        } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            why = lower(((FileSystemException) e).getReason());
        } else if (e.getMessage() != null && !e.getMessage().isBlank() && !e.getMessage().contains(".tmp")) {
            why = lower(e.getMessage());
        } else {
            why = e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        }
        IOException out = new IOException("cannot " + verb + " " + file + ": " + why, e);
        return out;
    }

    /**
     * The message of an I/O failure in words, for one line of output: a {@link FileSystemException}
     * whose message would be only a path becomes {@code cannot access FILE: reason}
     * ({@link #explain}); other messages are kept.
     */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException && !(e.getMessage() != null && e.getMessage().startsWith("cannot "))) {
            FileSystemException f = (FileSystemException) e;
            if (f.getFile() != null) {
                String verb = e instanceof FileAlreadyExistsException ? "create" : "access";
                return explain(verb, java.nio.file.Paths.get(f.getFile()), e).getMessage();
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String lower(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    /** {@code .name.<random>.tmp} in {@code dir}, created with the default permissions (umask). */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            LIVE.add(tmp);
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                LIVE.remove(tmp);
                if (attempt > 100) {
                    throw e;
                }
            } catch (IOException e) {
                LIVE.remove(tmp);
                throw e;
            }
        }
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (AtomicFiles.class) {
            if (hookInstalled) {
                return;
            }
            org.gtlab.compute.Workers.onShutdown("gtlab-temp-cleanup", AtomicFiles::deleteLive);
            hookInstalled = true;
        }
    }

    /** Deletes every temporary file still being written (the shutdown hook). */
    static void deleteLive() {
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException ignored) {
                // nothing more can be done at exit
            }
        }
    }

    /** Temporary files currently being written (for tests). */
    static int liveCount() {
        return LIVE.size();
    }

    /** Writes all bytes of each buffer (a FileChannel may write fewer). */
    private static final class ForcingChannel implements java.nio.channels.WritableByteChannel {
        private final FileChannel ch;

        ForcingChannel(FileChannel ch) {
            this.ch = ch;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = 0;
            while (src.hasRemaining()) {
                n += ch.write(src);
            }
            return n;
        }

        @Override
        public boolean isOpen() {
            return ch.isOpen();
        }

        @Override
        public void close() throws IOException {
            // the FileChannel is closed by the caller after force()
        }
    }
}
