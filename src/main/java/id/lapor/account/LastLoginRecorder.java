package id.lapor.account;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Notes when a person logged in ({@code accounts.last_login_at}), for the connectivity figures: a body is actively
 * managed when one of its liaison officers logged in within the last 30 days.
 */
@Component
class LastLoginRecorder {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	LastLoginRecorder(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof LaporUser user) {
			jdbc.update("update accounts set last_login_at = ? where id = ?", Timestamp.from(clock.instant()), user.id());
		}
	}
}
