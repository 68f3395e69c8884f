package id.lapor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditLogTests {

	@Autowired AuditLog audit;
	@Autowired JdbcTemplate jdbc;
	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;

	@Test
	void entriesAreReadNewestFirstAndCanNeverBeChangedOrRemoved() {

		var actor = UUID.randomUUID();
		audit.record(AuditAction.EXPORT, actor, "reports.csv", "province=73");
		audit.record(AuditAction.ACCOUNT_DISABLED, actor, "akun-" + actor, "left the body");

		var entries = audit.find(Set.of(), actor, PageRequest.of(0, 10)).getContent();
		assertThat(entries).extracting(AuditEntry::action)
				.containsExactly(AuditAction.ACCOUNT_DISABLED, AuditAction.EXPORT);
		assertThat(audit.find(Set.of(AuditAction.EXPORT), actor, PageRequest.of(0, 10)).getContent())
				.singleElement().satisfies(entry -> assertThat(entry.detail()).isEqualTo("province=73"));

		assertThatThrownBy(() -> jdbc.update("update audit_events set detail = 'hidden' where actor_id = ?", actor))
				.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from audit_events where actor_id = ?", actor))
				.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForObject("select count(*) from audit_events where actor_id = ?", Long.class, actor))
				.isEqualTo(2);
	}

	@Test
	void theAdministratorReadsEverythingSupervisorsOnlyExportsAndNobodyElseAnything() throws Exception {

		var marker = UUID.randomUUID().toString();
		audit.record(AuditAction.EXPORT, null, "export-" + marker, null);
		audit.record(AuditAction.SIGN_IN_FAILED, null, "signin-" + marker, null);

		mvc.perform(get("/admin/audit").with(accounts.as(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("export-" + marker)))
				.andExpect(content().string(containsString("signin-" + marker)));
		mvc.perform(get("/admin/audit").with(accounts.as(accounts.staff(Role.SUPERVISOR, "ksp"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("export-" + marker)))
				.andExpect(content().string(not(containsString("signin-" + marker))));
		mvc.perform(get("/admin/audit").with(accounts.as(accounts.staff(Role.LIAISON, "pln"))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(accounts.as(accounts.citizen("Warga"))))
				.andExpect(status().isForbidden());
	}
}
