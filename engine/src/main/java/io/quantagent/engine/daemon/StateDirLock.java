package io.quantagent.engine.daemon;

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
 * One daemon per state folder: an exclusive lock on {@code daemon.lock}, held for the daemon's life. Two daemons
 * appending to one journal would interleave their records; the second is refused before it reads anything. The
 * operating system releases the lock when the process dies, so a {@code kill -9} never leaves the folder locked.
 */
final class StateDirLock implements AutoCloseable {

    static final String FILE = "daemon.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the state folder's lock and writes this process's id in the lock file.
     *
     * @throws DaemonException when another process holds it (naming what the lock file says about it)
     */
    static StateDirLock acquire(Path stateDir) {
        Path file = stateDir.resolve(FILE);
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
                throw new DaemonException(stateDir + " is in use by another paper daemon"
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + "; stop it first, or give this one another --state-dir");
            }
            byte[] owner = ("pid " + ProcessHandle.current().pid() + ", started " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(owner), 0);
            channel.force(false);
            return new StateDirLock(channel, lock);
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
            throw new UncheckedIOException("cannot release the state folder's " + FILE + ": " + e.getMessage(), e);
        }
    }
}
