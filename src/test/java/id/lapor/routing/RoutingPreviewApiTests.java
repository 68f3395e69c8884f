package id.lapor.routing;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyIterable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RoutingPreviewApiTests {

	@Autowired MockMvc mvc;

	@Test
	void previewsCategoryBodyConfidenceExplanationAndAlternatives() throws Exception {

		mvc.perform(get("/api/v1/routing/preview")
				.param("title", "Blangko KTP-el habis terus")
				.param("body", "Sudah tiga bulan blangko KTP-el habis di Disdukcapil, hanya diberi surat keterangan.")
				.param("regionCode", "73.71")
				.param("classification", "COMPLAINT"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.category.code").value("kependudukan-ktp"))
				.andExpect(jsonPath("$.category.name").value("KTP Elektronik dan Blangko"))
				.andExpect(jsonPath("$.target.code").value("dukcapil-73.71"))
				.andExpect(jsonPath("$.target.name").value("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar"))
				.andExpect(jsonPath("$.target.kind").value("DINAS"))
				.andExpect(jsonPath("$.confidence").isNumber())
				.andExpect(jsonPath("$.explanation", not(emptyIterable())))
				.andExpect(jsonPath("$.explanation[0]").value(org.hamcrest.Matchers.containsString("Kategori")))
				.andExpect(jsonPath("$.alternatives.length()", lessThanOrEqualTo(3)));
	}

	@Test
	void explainsInEnglishOnRequest() throws Exception {

		mvc.perform(get("/api/v1/routing/preview").header("Accept-Language", "en")
				.param("title", "Listrik padam").param("body", "Listrik di rumah padam setiap malam tiga jam.")
				.param("regionCode", "64.09").param("categoryCode", "energi-listrik"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.target.code").value("pln"))
				.andExpect(jsonPath("$.explanation[0]").value("The reporter chose the category PLN electricity."));
	}

	@Test
	void missingOrUnknownInputIsAProblemNamingTheField() throws Exception {

		mvc.perform(get("/api/v1/routing/preview").param("body", "Jalan rusak").param("regionCode", "73.71"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.field").value("title"))
				.andExpect(jsonPath("$.detail").value("Parameter title wajib diisi."));

		mvc.perform(get("/api/v1/routing/preview").param("title", "Jalan").param("body", "Jalan rusak")
				.param("regionCode", "99.99"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("regionCode"));

		mvc.perform(get("/api/v1/routing/preview").param("title", "Jalan").param("body", "Jalan rusak")
				.param("regionCode", "73.71").param("categoryCode", "tidak-ada"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("categoryCode"));

		mvc.perform(get("/api/v1/routing/preview").param("title", "Jalan").param("body", "Jalan rusak")
				.param("regionCode", "73.71").param("classification", "GOSSIP"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("classification"));
	}

	@Test
	void needsNoLogin() throws Exception {
		mvc.perform(get("/api/v1/routing/preview").param("title", "Sampah").param("body", "Sampah tidak diangkut")
				.param("regionCode", "12.71"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.alternatives", hasSize(lessThanOrEqualTo(3))));
	}
}
