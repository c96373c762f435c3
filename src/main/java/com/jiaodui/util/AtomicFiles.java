package com.jiaodui.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that a reader never sees half of it: a temporary file next to the target, written and
 * synced, then renamed over the target (atomically where the file system can). Used for exports, cleaned
 * pages, settings and drafts.
 *
 * <p>A new file gets the permissions the umask gives any new file (not the 0600 of {@code createTempFile}); a
 * replaced file keeps its permissions. Temporary files are named {@code .jiaodui-PID-RANDOM.tmp}: a process
 * killed mid-write leaves one behind, and {@link #removeStale} (run before each write into a folder) deletes
 * those whose process is gone.
 */
public final class AtomicFiles {
    private static final Pattern TEMP = Pattern.compile("\\.jiaodui-(?:(\\d+)-)?-?\\d+\\.tmp");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();

    private AtomicFiles() {}

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = newTemp(dir);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A new empty temporary file in {@code dir}, created with the umask's permissions. */
    private static Path newTemp(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(".jiaodui-" + PID + "-" + (RANDOM.nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                // no permission attribute: the file system applies the umask, as for any file a program creates
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
                Files.setPosixFilePermissions(tmp, perms);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not POSIX, or not ours to read: the new file keeps the umask's permissions
        }
    }

    /**
     * Deletes the temporary files a killed writer left in {@code dir}: those of a process no longer running, and
     * old-style ones ({@code .jiaodui-NUMBER.tmp}) more than a minute old. Never fails; returns how many went.
     */
    public static int removeStale(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".jiaodui-*.tmp")) {
            for (Path p : ds) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                boolean stale;
                if (m.group(1) != null) {
                    long pid = Long.parseLong(m.group(1));
                    stale = pid != PID && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
                } else {
                    FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                    stale = t.toInstant().isBefore(Instant.now().minus(Duration.ofMinutes(1)));
                }
                if (stale && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        Files.deleteIfExists(p);
                        removed++;
                    } catch (IOException ignored) {
                        // someone else's or read-only: left alone
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed: the write that follows reports it
        }
        return removed;
    }
}
