package id.lapor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;
import java.util.UUID;

import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The audit module on its own: it needs no other module. What it records, it reads back, cut to the columns'
 * lengths; and nobody can change or delete a record afterwards, not even with SQL.
 */
@ApplicationModuleTest
@ModuleTestDatabase
class AuditModuleTests {

	@Autowired AuditLog audit;
	@Autowired JdbcTemplate jdbc;

	@Test
	void recordsWhoDidWhatAndKeepsItUnchanged() {

		var actor = UUID.randomUUID();
		audit.record(AuditAction.EXPORT, actor, "laporan-2026-11.csv", "status=ASSIGNED " + "x".repeat(2000));

		var entries = audit.find(Set.of(AuditAction.EXPORT), actor, PageRequest.of(0, 10));
		assertThat(entries.getTotalElements()).isOne();
		var entry = entries.getContent().getFirst();
		assertThat(entry.actorId()).isEqualTo(actor);
		assertThat(entry.target()).isEqualTo("laporan-2026-11.csv");
		assertThat(entry.detail()).startsWith("status=ASSIGNED ").hasSize(AuditLog.DETAIL_LENGTH);
		assertThat(audit.find(Set.of(AuditAction.SIGN_IN), actor, PageRequest.of(0, 10))).isEmpty();

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc.update(
				"update audit_events set target = 'nothing happened' where id = ?", entry.id()));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc.update(
				"delete from audit_events where id = ?", entry.id()));
		assertThat(audit.find(Set.of(), actor, PageRequest.of(0, 10))).singleElement().isEqualTo(entry);
	}
}
