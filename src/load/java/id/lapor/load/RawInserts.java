package id.lapor.load;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The yardstick for intake: single-row inserts, each its own transaction, from as many connections as the run has
 * users, into a scratch table in the application's database (dropped afterwards).
 */
final class RawInserts {

	private RawInserts() {
	}

	/** @return inserts per second */
	static double measure(LoadSettings settings, int clients, Duration duration) {
		try (var connection = settings.connect(); var statement = connection.createStatement()) {
			statement.execute("""
					create table if not exists load_raw_inserts (
					    id bigint generated always as identity primary key,
					    created_at timestamptz not null default now(),
					    payload text not null)""");
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		var inserted = new LongAdder();
		var stop = new AtomicBoolean();
		var threads = new ArrayList<Thread>();
		for (int i = 0; i < clients; i++) {
			threads.add(Thread.ofPlatform().start(() -> {
				try (var connection = settings.connect();
						var insert = connection.prepareStatement("insert into load_raw_inserts (payload) values (?)")) {
					while (!stop.get()) {
						insert.setString(1, "Jalan rusak di depan sekolah, mohon segera diperbaiki");
						insert.executeUpdate();
						inserted.increment();
					}
				} catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			}));
		}
		long started = System.nanoTime();
		try {
			Thread.sleep(duration);
			stop.set(true);
			for (var thread : threads) {
				thread.join();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		try (var connection = settings.connect(); var statement = connection.createStatement()) {
			statement.execute("drop table load_raw_inserts");
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return inserted.sum() / seconds;
	}
}
