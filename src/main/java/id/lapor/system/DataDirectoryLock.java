package id.lapor.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who owns the embedded database's data directory. The running application holds an operating-system lock on
 * {@code <data directory>.lock}; the system drops it when the process ends, even after {@code kill -9}. So a
 * PostgreSQL server still running on the directory while nobody holds the lock is an orphan of a crashed application,
 * and it is stopped before a new one starts; while another application holds the lock, nothing is touched and the
 * start fails with a message saying so.
 */
final class DataDirectoryLock implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryLock.class);
	private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

	private final FileChannel channel;
	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the directory for this application and stops an orphaned server running on it.
	 *
	 * @throws IllegalStateException when another running application uses the directory
	 */
	static DataDirectoryLock acquire(Path dataDirectory) throws IOException {

		var file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
		var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("Another LAPOR! application uses the embedded database in " + dataDirectory
					+ "; stop it first, or give this one its own directory (lapor.embedded-database.data-directory)");
		}
		stopOrphan(dataDirectory);
		return new DataDirectoryLock(channel, lock);
	}

	/** Stops the server named in {@code postmaster.pid} if it still runs on this directory: nobody else owns it. */
	private static void stopOrphan(Path dataDirectory) throws IOException {

		var pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		var lines = Files.readAllLines(pidFile);
		if (lines.size() < 2) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		} catch (NumberFormatException e) {
			return;
		}
		var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		var sameDirectory = Path.of(lines.get(1).strip()).toAbsolutePath().normalize()
				.equals(dataDirectory.toAbsolutePath().normalize());
		// A pid left in a stale file may belong to another program by now: only a postgres process is stopped.
		if (process.isEmpty() || !sameDirectory
				|| !process.get().info().command().orElse("").endsWith("postgres")) {
			return;
		}
		LOG.warn("Stopping the PostgreSQL server (pid {}) that a previous run left on {} when it ended without "
				+ "stopping it", pid, dataDirectory);
		// SIGTERM: a smart shutdown, which writes everything down; the crashed application's sessions are gone.
		process.get().destroy();
		try {
			process.get().onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL server " + pid, e);
		} catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException("The orphaned PostgreSQL server " + pid + " on " + dataDirectory
					+ " did not stop within " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s; stop it by hand", e);
		}
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}
}
