package id.lapor.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.report.Outcome;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who closes without solving: answers that are very short or the same text reused across reports are boilerplate,
 * and completed reports with only such answers have no substantive answer. Kota Jayapura (91.71) is used by no other
 * test.
 */
@IntegrationTest
class AnswerQualityTests {

	static final String TEMPLATE = "Terima kasih atas laporan Anda, laporan sudah kami terima dan kami tindak lanjuti.";

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired AnswerQuality quality;
	@Autowired AgencyCatalogue agencies;

	@Test
	void boilerplateAndCompletionWithoutSubstanceArePerBody() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-91.71");
		var citizen = accounts.citizen("Warga Jayapura");
		for (int i = 0; i < 3; i++) {
			reports.complete(reports.submit(citizen, "91.71", "kependudukan-ktp", false, false), liaison,
					Outcome.SOLVED, TEMPLATE);
		}
		reports.complete(reports.submit(citizen, "91.71", "kependudukan-ktp", false, false), liaison, Outcome.SOLVED,
				"Sudah.");
		reports.complete(reports.submit(citizen, "91.71", "kependudukan-ktp", false, false), liaison, Outcome.SOLVED,
				"Blangko KTP-el untuk Distrik Abepura sudah kami kirim pada 20 November; silakan ambil KTP-el Anda di "
						+ "kantor distrik mulai Senin dengan membawa surat keterangan yang lama.");
		reports.submit(citizen, "91.71", "kependudukan-ktp", false, false);

		var body = agencies.findByCode("dukcapil-91.71").orElseThrow().id();
		var row = quality.byAgency(new Filter(Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(1)), Set.of(body), null, null)).get(body);

		assertThat(row.answers()).isEqualTo(5);
		assertThat(row.boilerplate()).isEqualTo(4);
		assertThat(row.completed()).isEqualTo(5);
		assertThat(row.completedWithoutSubstance()).isEqualTo(4);
		assertThat(row.withoutSubstanceShare()).isCloseTo(0.8, within(0.0001));

		mvc.perform(get("/monitoring/bodies").param("q", "Kota Jayapura")
				.with(accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Selesai tanpa jawaban substantif")))
				.andExpect(content().string(containsString("80%")));
	}
}
