package id.lapor.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.report.TrackingNumber;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * National priority programmes: reports are tagged by keyword and category (also those sent before the programme
 * existed), by hand on record, and monitoring filters by programme. Kota Ternate (82.71) is used by no other test.
 */
@IntegrationTest
class ProgrammeTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired JdbcTemplate jdbc;

	@Test
	void reportsAreTaggedByKeywordAndCategoryIncludingEarlierOnes() throws Exception {

		reports.ensureLiaison("dukcapil-82.71");
		reports.ensureLiaison("disdik-82.71");
		var citizen = accounts.citizen("Warga Ternate");
		var byKeyword = reports.submit(citizen, "82.71", "kependudukan-ktp", "Syarat KTP untuk SekolahRakyat dipersulit",
				"Anak kami mendaftar sekolahrakyat tetapi KTP orang tua ditolak.");
		var byCategory = reports.submit(citizen, "82.71", "pendidikan-dasar", "Guru sering tidak hadir",
				"Guru kelas tiga jarang datang sejak bulan lalu.");
		var unrelated = reports.submit(citizen, "82.71", "kependudukan-ktp", "Blangko habis",
				"Blangko KTP-el habis; istilah sekolahrakyatku bukan kata kunci.");
		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");

		mvc.perform(programmeForm(post("/admin/programmes"), "sekolah-rakyat-uji", "Sekolah Rakyat (uji)",
				"sekolahrakyat, sekolah rakyat", "pendidikan").with(accounts.as(admin)))
				.andExpect(status().is3xxRedirection());

		assertThat(tags(byKeyword)).isEqualTo(1);
		assertThat(tags(byCategory)).isEqualTo(1);
		assertThat(tags(unrelated)).isZero();

		var later = reports.submit(citizen, "82.71", "kependudukan-ktp", "Pendaftaran Sekolah Rakyat ditutup",
				"Tanpa pemberitahuan.");
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tags(later) == 1);

		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("regionCode", "82.71")
				.param("programme", "sekolah-rakyat-uji").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totals.received").value(3));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("programme", "tidak-ada"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("programme"));
		mvc.perform(get("/monitoring").param("programme", "sekolah-rakyat-uji").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<option value=\"sekolah-rakyat-uji\" selected=\"selected\">")))
				.andExpect(content().string(containsString("programme=sekolah-rakyat-uji")));
	}

	@Test
	void anAdministratorTagsAndUntagsByHandOnRecord() throws Exception {

		reports.ensureLiaison("dukcapil-82.71");
		var number = reports.submit(accounts.citizen("Warga Ternate"), "82.71", "kependudukan-ktp", "Antrean panjang",
				"Antrean perekaman KTP-el sangat panjang.");
		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		mvc.perform(programmeForm(post("/admin/programmes"), "layanan-digital-uji", "Layanan digital (uji)",
				"identitaskependudukandigital", "").with(accounts.as(admin)))
				.andExpect(status().is3xxRedirection());
		assertThat(tags(number)).isZero();

		mvc.perform(post("/admin/programmes/tags").with(csrf()).with(accounts.as(admin))
				.param("number", number.value()).param("programme", "layanan-digital-uji"))
				.andExpect(status().is3xxRedirection());
		assertThat(tags(number)).isEqualTo(1);
		// Saving the programme again re-applies the automatic tags, never the ones set by hand.
		mvc.perform(programmeForm(post("/admin/programmes/layanan-digital-uji"), "layanan-digital-uji",
				"Layanan digital (uji)", "identitaskependudukandigital, ikd", "")
				.param("version", jdbc.queryForObject("select version from priority_programmes where code = ?",
						String.class, "layanan-digital-uji"))
				.with(accounts.as(admin)))
				.andExpect(status().is3xxRedirection());
		assertThat(tags(number)).isEqualTo(1);
		mvc.perform(get("/monitoring/reports/" + number.value()).with(accounts.as(admin)))
				.andExpect(content().string(containsString("id=\"programme-tags\"")))
				.andExpect(content().string(containsString("Layanan digital (uji)")));

		mvc.perform(post("/admin/programmes/tags").with(csrf()).with(accounts.as(admin))
				.param("number", number.value()).param("programme", "layanan-digital-uji").param("action", "remove"))
				.andExpect(status().is3xxRedirection());
		assertThat(tags(number)).isZero();
		assertThat(jdbc.queryForList("""
				select c.action from priority_programme_changes c join reports r on r.id = c.report_id
				where r.tracking_number = ? order by c.id""", String.class, number.value()))
				.containsExactly("TAGGED", "UNTAGGED");
	}

	@Test
	void taggingAnUnknownReportIsABadRequestNotAnError() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		mvc.perform(programmeForm(post("/admin/programmes"), "tag-uji-400", "Tag uji", "sesuatu", "")
				.with(accounts.as(admin)))
				.andExpect(status().is3xxRedirection());

		// A well-formed number no report has (the check character makes one of the 32 endings valid).
		var unknown = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".chars().mapToObj(c -> "ZZZZZZZZZ" + (char) c)
				.map(TrackingNumber::parse).flatMap(java.util.Optional::stream).findFirst().orElseThrow();
		mvc.perform(post("/admin/programmes/tags").with(csrf()).with(accounts.as(admin))
				.param("number", unknown.value()).param("programme", "tag-uji-400"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/admin/programmes/tags").with(csrf()).with(accounts.as(admin))
				.param("number", "bukan nomor\r\nLocation: x").param("programme", "tag-uji-400"))
				.andExpect(status().isBadRequest());
	}

	@Test
	void aConcurrentEditIsNotOverwrittenAndBadInputIsKept() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		mvc.perform(programmeForm(post("/admin/programmes"), "swasembada-uji", "Swasembada pangan (uji)",
				"swasembada", "").with(accounts.as(admin)))
				.andExpect(status().is3xxRedirection());

		mvc.perform(programmeForm(post("/admin/programmes/swasembada-uji"), "swasembada-uji", "Nama pertama",
				"swasembada", "").param("version", "0").with(accounts.as(admin)))
				.andExpect(status().is3xxRedirection());
		mvc.perform(programmeForm(post("/admin/programmes/swasembada-uji"), "swasembada-uji", "Nama kedua",
				"swasembada", "").param("version", "0").with(accounts.as(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("baru saja diubah orang lain")))
				.andExpect(content().string(containsString("value=\"Nama kedua\"")));
		assertThat(jdbc.queryForObject("select name from priority_programmes where code = 'swasembada-uji'",
				String.class)).isEqualTo("Nama pertama");

		mvc.perform(programmeForm(post("/admin/programmes"), "Kode Salah!", "Program dengan kode salah", "", "")
				.with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"Program dengan kode salah\"")))
				.andExpect(content().string(containsString("Isi kata kunci atau pilih kategori.")))
				.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void supervisorsMayLookButNotChange() throws Exception {

		var supervisor = accounts.staff(Role.SUPERVISOR, "ksp");
		mvc.perform(get("/admin/programmes").with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"programme-form\""))));
		mvc.perform(programmeForm(post("/admin/programmes"), "ditolak-uji", "Ditolak", "ditolak", "")
				.with(accounts.as(supervisor)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/admin/programmes").with(accounts.as(accounts.staff(Role.LIAISON, "pln"))))
				.andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder programmeForm(MockHttpServletRequestBuilder request, String code,
			String name, String keywords, String category) {
		request.with(csrf()).param("code", code).param("name", name).param("description", "Untuk pengujian")
				.param("keywords", keywords).param("active", "true");
		if (!category.isEmpty()) {
			request.param("categoryCodes", category);
		}
		return request;
	}

	private int tags(TrackingNumber number) {
		return jdbc.queryForObject("""
				select count(*) from report_programmes t join reports r on r.id = t.report_id
				where r.tracking_number = ?""", Integer.class, number.value());
	}
}
