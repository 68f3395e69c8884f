package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import id.lapor.IntegrationTest;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ConnectionSettingsTests {

	@Autowired JdbcTemplate jdbc;
	@Autowired DataSource dataSource;
	@Autowired TransactionTemplate transactions;

	@Test
	void requestsGetABoundedPoolAndAStatementTimeoutThatAJobMayLiftForItsTransactionOnly() {
		var pool = (HikariDataSource) dataSource;
		assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
		assertThat(pool.getConnectionTimeout()).isEqualTo(5000);
		assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("30s");

		transactions.executeWithoutResult(status -> {
			jdbc.execute("set local statement_timeout = 0");
			assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("0");
		});
		assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("30s");
	}
}
