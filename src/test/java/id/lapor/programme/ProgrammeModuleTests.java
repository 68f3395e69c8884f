package id.lapor.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;

import id.lapor.account.AccountDirectory;
import id.lapor.report.ReportSubmitted;
import id.lapor.report.TrackingNumber;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The programme module on its own. The {@code report} module's {@link ReportSubmitted} is published here as that
 * module would, for a report written in SQL as it would have stored it; the beans of other modules that the
 * programme module calls are mocks: {@code account}'s {@link AccountDirectory} (who tagged by hand) and
 * {@code routing}'s {@link CategoryCatalogue} (the administration page's categories).
 */
@ApplicationModuleTest
@ModuleTestDatabase
class ProgrammeModuleTests {

	/** A number of the kind the report module hands out; no other test stores it. */
	private static final TrackingNumber NUMBER = new TrackingNumber("WKKXH2R0AE");

	@MockitoBean AccountDirectory accounts;
	@MockitoBean CategoryCatalogue categories;
	@Autowired PriorityProgrammes programmes;
	@Autowired JdbcTemplate jdbc;

	@Test
	void aNewReportIsTaggedWithTheActiveProgrammesItMatches(Scenario scenario) {

		var administrator = account("ADMIN");
		var keyword = "posyandu " + UUID.randomUUID().toString().substring(0, 8);
		var byKeyword = programmes.create(programme(List.of(keyword), List.of(), true), administrator);
		var inactive = programmes.create(programme(List.of(keyword), List.of(), false), administrator);
		var byCategory = programmes.create(programme(List.of(), List.of("kependudukan"), true), administrator);
		var unrelated = programmes.create(programme(List.of(), List.of("kesehatan"), true), administrator);

		var report = report("Antrean " + keyword.toUpperCase(), "Blangko KTP-el habis, kata petugas di " + keyword + ".");
		assertThat(programmes.tagsOf(NUMBER.value())).isEmpty();

		scenario.publish(new ReportSubmitted(report, NUMBER, account("CITIZEN"), 1, false))
				.andWaitForStateChange(() -> programmes.tagsOf(NUMBER.value()), tags -> tags.size() >= 2)
				.andVerify(tags -> assertThat(tags).extracting(ProgrammeTag::code, ProgrammeTag::automatic)
						.containsExactlyInAnyOrder(tuple(byKeyword.code(), true), tuple(byCategory.code(), true))
						.doesNotContain(tuple(inactive.code(), true), tuple(unrelated.code(), true)));
	}

	private static ProgrammeValues programme(List<String> keywords, List<String> categories, boolean active) {
		var code = "uji-" + UUID.randomUUID().toString().substring(0, 8);
		return new ProgrammeValues(code, "Program uji " + code, "", keywords, categories, active);
	}

	/** A KTP complaint in Kota Makassar, as the report module stores a submitted and routed one. */
	private UUID report(String title, String body) {
		var id = UUID.randomUUID();
		jdbc.update("""
				insert into reports (id, tracking_number, classification, title, body, region_code, category_code,
				  anonymous, confidential, reporter_id, submission_token, status, agency_id, submitted_at,
				  last_changed_at)
				select ?, ?, 'COMPLAINT', ?, ?, '73.71', 'kependudukan-ktp', false, false, ?, ?, 'ASSIGNED', a.id, now(),
				  now()
				from agencies a where a.code = 'dukcapil-73.71'""", id, NUMBER.value(), title, body, account("CITIZEN"),
				UUID.randomUUID());
		return id;
	}

	/** An account as the account module stores it (programmes and tags name their author). */
	private UUID account(String role) {
		var id = UUID.randomUUID();
		jdbc.update("""
				insert into accounts (id, email, password_hash, full_name, role, agency_id, created_at)
				values (?, ?, 'x', 'Akun Uji', ?,
				  case when ? = 'CITIZEN' then null else (select id from agencies where code = 'kemenpanrb-lapor') end,
				  now())""", id, id + "@test.lapor", role, role);
		return id;
	}
}
