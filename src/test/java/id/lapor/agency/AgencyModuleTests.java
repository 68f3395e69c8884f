package id.lapor.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditEntry;
import id.lapor.audit.AuditLog;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

/**
 * The agency module with the one module it uses, {@code audit}. Every change of the catalogue that routing must know
 * of is announced as {@link CatalogueChanged} (routing rebuilds what it knows from it); keywords a body administrator
 * only proposes are not, until the national administrator approves them.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestDatabase
class AgencyModuleTests {

	@Autowired AgencyManagement management;
	@Autowired AgencyCatalogue catalogue;
	@Autowired AuditLog audit;
	@Autowired JdbcTemplate jdbc;

	@Test
	void aNewBodyIsAnnounced(Scenario scenario) {

		var administrator = administrator();
		var code = uniqueCode();

		scenario.stimulate(() -> management.create(unitOfDukcapilMakassar(code), administrator, "UPTD baru"))
				.andWaitForEventOfType(CatalogueChanged.class)
				.toArriveAndVerify((event, created) -> {
					assertThat(event.bodies()).isOne();
					assertThat(catalogue.findByCode(code)).contains(created);
					assertThat(catalogue.findParent(created.id())).map(AgencySummary::code).contains("dukcapil-73.71");
					assertThat(management.details(code).changes()).extracting(AgencyChangeView::action)
							.containsExactly("CREATED");
				});
	}

	@Test
	void proposedKeywordsAreAnnouncedOnlyOnceApproved(PublishedEvents events) {

		var administrator = administrator();
		var code = uniqueCode();
		management.create(unitOfDukcapilMakassar(code), administrator, "UPTD baru");

		management.proposeKeywords(code, administrator, List.of("ktp keliling"), "usulan");
		assertThat(events.ofType(CatalogueChanged.class)).hasSize(1); // the new body's, not the proposal's
		assertThat(management.details(code).keywords()).doesNotContain("ktp keliling");

		management.approveKeywords(code, administrator, management.details(code).version(), "disetujui");
		assertThat(events.ofType(CatalogueChanged.class)).hasSize(2);
		assertThat(management.details(code).keywords()).contains("ktp keliling");
		assertThat(audit.find(Set.of(AuditAction.ROUTING_KEYWORDS_CHANGED), administrator, PageRequest.of(0, 10)))
				.extracting(AuditEntry::detail)
				.anySatisfy(detail -> assertThat(detail).startsWith("proposed:"))
				.anySatisfy(detail -> assertThat(detail).startsWith("approved:"));
	}

	private static NewAgency unitOfDukcapilMakassar(String code) {
		return new NewAgency(code, "UPTD Pelayanan Uji " + code, null, "UNIT", AgencyLevel.REGENCY, "73.71",
				"dukcapil-73.71", List.of());
	}

	private static String uniqueCode() {
		return "uptd-uji-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The national administrator's account, as the account module would have stored it (changes name their author). */
	private UUID administrator() {
		var id = UUID.randomUUID();
		jdbc.update("""
				insert into accounts (id, email, password_hash, full_name, role, agency_id, created_at)
				select ?, ?, 'x', 'Admin Katalog', 'ADMIN', id, now() from agencies where code = 'kemenpanrb-lapor'""",
				id, id + "@test.lapor");
		return id;
	}
}
