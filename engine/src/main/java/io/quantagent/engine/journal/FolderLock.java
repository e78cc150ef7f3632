package io.quantagent.engine.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One process per folder of journals (a paper daemon's state folder, a sweep's results folder): an exclusive
 * lock on a file in it, held for the process's work. Two writers in one folder would interleave or delete each
 * other's records; the second is refused before it reads anything. The operating system releases the lock when
 * the process dies, so a {@code kill -9} never leaves the folder locked.
 */
public final class FolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private final String file;

    private FolderLock(FileChannel channel, FileLock lock, String file) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder's lock (the file {@code name} in it, created if absent) and writes this process's id in it.
     *
     * @param owner what holds such a lock, for the message ("paper daemon", "sweep")
     * @param way what the user can do instead ("give this one another --state-dir")
     * @throws Locked when another process holds it (naming what the lock file says about that process)
     */
    public static FolderLock acquire(Path folder, String name, String owner, String way) {
        Path file = folder.resolve(name);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new Locked(folder + " is in use by another " + owner
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; stop it first, or " + way);
            }
            byte[] line = ("pid " + ProcessHandle.current().pid() + ", started " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(line), 0);
            channel.force(false);
            return new FolderLock(channel, lock, name);
        } catch (IOException e) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Releases the lock (the file stays; the next daemon takes it). */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + file + ": " + e.getMessage(), e);
        }
    }

    /** Another process holds the folder. */
    public static final class Locked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Locked(String message) {
            super(message);
        }
    }
}
