package id.lapor.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.AccountDirectory;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencyManagement;
import id.lapor.agency.CatalogueImport;
import id.lapor.routing.RoutingRequest;
import id.lapor.routing.RoutingService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminAgencyControllerTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired AgencyCatalogue catalogue;
	@Autowired AgencyManagement management;
	@Autowired AccountDirectory directory;
	@Autowired RoutingService routing;
	@Autowired id.lapor.audit.AuditLog audit;

	@Test
	void theNationalAdministratorSearchesTheWholeCatalogue() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");

		mvc.perform(get("/admin/agencies").param("q", "kota makassar").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("dukcapil-73.71")));
		mvc.perform(get("/admin/agencies").param("q", "pupr-32").with(accounts.as(admin)))
				.andExpect(content().string(containsString("pupr-32.74")));
		mvc.perform(get("/admin/agencies/pemda-73.71").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar")));
	}

	@Test
	void theNationalAdministratorAddsANationalBodyWhichRoutingThenKnows() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");

		mvc.perform(post("/admin/agencies").with(csrf()).with(accounts.as(admin))
				.param("code", "Bad Code").param("name", "").param("kind", "SOE").param("note", "x"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("bodyForm", "name"));
		mvc.perform(post("/admin/agencies").with(csrf()).with(accounts.as(admin))
				.param("code", "bumn-uji").param("name", "PT Uji Coba (Persero)").param("shortName", "Uji")
				.param("kind", "SOE").param("keywords", "uji coba").param("note", "BUMN baru"))
				.andExpect(status().is3xxRedirection());

		assertThat(catalogue.findByCode("bumn-uji")).get().extracting(body -> body.kind()).isEqualTo("SOE");
		assertThat(catalogue.nationalBodies()).extracting(body -> body.code()).contains("bumn-uji");
		mvc.perform(post("/admin/agencies").with(csrf()).with(accounts.as(accounts.agencyAdmin("pemda-73.09")))
				.param("code", "bumn-lain").param("name", "PT Lain").param("kind", "SOE").param("note", "x"))
				.andExpect(status().isNotFound());
	}

	@Test
	void aBodyAdministratorReachesOnlyTheirBodyAndItsUnits() throws Exception {

		var bodyAdmin = accounts.agencyAdmin("pemda-73.06");

		mvc.perform(get("/admin/agencies").param("q", "kependudukan").with(accounts.as(bodyAdmin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("dukcapil-73.06")))
				.andExpect(content().string(not(containsString("/admin/agencies/dukcapil-73.71"))));
		mvc.perform(get("/admin/agencies/dinkes-73.06").with(accounts.as(bodyAdmin))).andExpect(status().isOk());
		mvc.perform(get("/admin/agencies/dinkes-73.71").with(accounts.as(bodyAdmin))).andExpect(status().isNotFound());
		mvc.perform(post("/admin/agencies/dinkes-73.71/liaisons").with(csrf()).with(accounts.as(bodyAdmin))
				.param("fullName", "Penyusup").param("email", "penyusup@contoh.id").param("password", "rahasia-panjang-1")
				.param("note", "x"))
				.andExpect(status().isNotFound());
		assertThat(directory.findStaff(catalogue.findByCode("dinkes-73.71").orElseThrow().id()))
				.noneMatch(account -> account.email().equals("penyusup@contoh.id"));
	}

	@Test
	void aBodyAdministratorAddsLiaisonsButAppointsNoAdministrators() throws Exception {

		var bodyAdmin = accounts.agencyAdmin("pemda-73.07");
		var dinkes = catalogue.findByCode("dinkes-73.07").orElseThrow();

		mvc.perform(post("/admin/agencies/dinkes-73.07/liaisons").with(csrf()).with(accounts.as(bodyAdmin))
				.param("fullName", "Petugas Dinkes").param("email", "dinkes.73.07@contoh.id")
				.param("password", "kata-sandi-awal-1").param("agencyAdmin", "true").param("note", "Petugas baru"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("liaisonForm", "agencyAdmin", "catalogue.liaison.adminOnly"));

		mvc.perform(post("/admin/agencies/dinkes-73.07/liaisons").with(csrf()).with(accounts.as(bodyAdmin))
				.param("fullName", "Petugas Dinkes").param("email", "dinkes.73.07@contoh.id")
				.param("password", "kata-sandi-awal-1").param("note", "Petugas baru"))
				.andExpect(status().is3xxRedirection());

		assertThat(directory.hasActiveLiaison(dinkes.id())).isTrue();
		assertThat(routing.land(dinkes).agency().code()).isEqualTo("dinkes-73.07");
		assertThat(management.details("dinkes-73.07").changes()).extracting(change -> change.action())
				.contains("LIAISON_ADDED");
	}

	@Test
	void newKeywordsReachTheRouterAndAStaleEditIsRefused() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var request = RoutingRequest.of("Meteran kwh zzlampu rusak", "Meteran zzlampu rusak di rumah kami.", "73.71");
		var version = management.details("pln").version();
		var keywords = String.join("\n", management.details("pln").keywords()) + "\nzzlampu";

		mvc.perform(post("/admin/agencies/pln").with(csrf()).with(accounts.as(admin))
				.param("name", "PT Perusahaan Listrik Negara (Persero)").param("shortName", "PLN")
				.param("keywords", keywords).param("note", "Istilah baru dari warga").param("version", Long.toString(version)))
				.andExpect(status().is3xxRedirection());

		var decision = routing.decide(request, Locale.ROOT);
		assertThat(decision.explanation().toString()).contains("zzlampu");

		mvc.perform(post("/admin/agencies/pln").with(csrf()).with(accounts.as(admin))
				.param("name", "Nama Lama").param("keywords", "x").param("note", "Basi")
				.param("version", Long.toString(version)))
				.andExpect(status().isOk())
				.andExpect(model().attribute("conflict", true))
				.andExpect(content().string(containsString("value=\"Nama Lama\"")));
		assertThat(catalogue.findByCode("pln").orElseThrow().name()).isEqualTo("PT Perusahaan Listrik Negara (Persero)");
	}

	@Test
	void anInactiveBodyIsSkippedByRouting() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		assertThat(routing.route("73.05", "kependudukan-ktp").target().code()).isEqualTo("dukcapil-73.05");
		var seen = Long.toString(management.details("dukcapil-73.05").version());

		mvc.perform(post("/admin/agencies/dukcapil-73.05/active").with(csrf()).with(accounts.as(admin))
				.param("active", "false").param("note", "Digabung dengan dinas lain").param("version", seen))
				.andExpect(status().is3xxRedirection());

		assertThat(routing.route("73.05", "kependudukan-ktp").target().code()).isEqualTo("pemda-73.05");

		// A second administrator's form from before: shown again with what was typed and the current version.
		mvc.perform(post("/admin/agencies/dukcapil-73.05/active").with(csrf()).with(accounts.as(admin))
				.param("active", "false").param("note", "Catatan admin kedua").param("version", seen))
				.andExpect(status().isOk())
				.andExpect(model().attribute("conflict", true))
				.andExpect(model().attribute("activeForm", hasToString(containsString(
						"note=Catatan admin kedua, version=" + management.details("dukcapil-73.05").version()))));
	}

	@Test
	void supervisorsLookAndLiaisonsWithoutAdministrationStayOut() throws Exception {

		var supervisor = accounts.staff(Role.SUPERVISOR, "ksp");
		mvc.perform(get("/admin/agencies/pln").with(accounts.as(supervisor))).andExpect(status().isOk());
		mvc.perform(post("/admin/agencies/pln").with(csrf()).with(accounts.as(supervisor)).param("name", "x"))
				.andExpect(status().isForbidden());
		mvc.perform(get("/admin/agencies").with(accounts.as(accounts.staff(Role.LIAISON, "pln"))))
				.andExpect(status().isForbidden());
	}

	@Test
	void theCatalogueExportsAndAnImportIsAllOrNothing() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");

		var csv = mvc.perform(get("/admin/catalogue/export.csv").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith(String.join(",", AgencyManagement.CSV_COLUMNS) + "\n");
		assertThat(csv).contains("dukcapil-73.71,Dinas Kependudukan dan Pencatatan Sipil Kota Makassar,,DINAS,REGENCY,73.71,pemda-73.71,");
		assertThat(csv.lines().count()).isGreaterThan(19_000);

		var bad = """
				code,name,short_name,kind,level,region_code,parent_code,keywords,active
				uptd-puskesmas-tamalate,UPTD Puskesmas Tamalate,,UNIT,REGENCY,73.71,dinkes-73.71,puskesmas tamalate,true
				Bad Code,Nama,,UNIT,REGENCY,73.71,,,true
				uptd-x,,,UNKNOWN,REGENCY,99.99,tidak-ada,,maybe
				""";
		mvc.perform(multipart("/admin/catalogue/import").file(csvFile(bad)).param("note", "Uji").with(csrf())
				.with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"import-problems\"")));
		var rejected = (CatalogueImport) mvc.perform(multipart("/admin/catalogue/import").file(csvFile(bad))
				.param("note", "Uji").with(csrf()).with(accounts.as(admin))).andReturn().getModelAndView().getModel()
				.get("result");
		assertThat(rejected.applied()).isFalse();
		assertThat(rejected.problems()).extracting(CatalogueImport.Problem::line).containsOnly(3L, 4L);
		assertThat(rejected.problems()).extracting(CatalogueImport.Problem::column)
				.contains("code", "name", "kind", "region_code", "parent_code", "active");
		assertThat(catalogue.findByCode("uptd-puskesmas-tamalate")).isEmpty();

		var good = """
				code,name,short_name,kind,level,region_code,parent_code,keywords,active
				uptd-puskesmas-tamalate,UPTD Puskesmas Tamalate,,UNIT,REGENCY,73.71,dinkes-73.71,puskesmas tamalate,true
				uptd-puskesmas-tamalate.pustu,Pustu Tamalate,,UNIT,REGENCY,73.71,uptd-puskesmas-tamalate,,true
				""";
		mvc.perform(multipart("/admin/catalogue/import").file(csvFile(good)).param("note", "Unit baru").with(csrf())
				.with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"import-applied\"")));
		assertThat(catalogue.findByCode("uptd-puskesmas-tamalate.pustu")).isPresent();
		assertThat(management.details("uptd-puskesmas-tamalate").parent().code()).isEqualTo("dinkes-73.71");
	}

	@Test
	void aFormulaInTheCatalogueIsExportedAsTextReadBackUnchangedAndTheExportAudited() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		mvc.perform(multipart("/admin/catalogue/import").file(csvFile("""
				code,name,short_name,kind,level,region_code,parent_code,keywords,active
				uptd-rumus-73.71,=1+2 Puskesmas Rumus,,UNIT,REGENCY,73.71,dinkes-73.71,-rumus,true
				""")).param("note", "Uji rumus").with(csrf()).with(accounts.as(admin)))
				.andExpect(content().string(containsString("id=\"import-applied\"")));

		var csv = mvc.perform(get("/admin/catalogue/export.csv").with(accounts.as(admin)))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("'=1+2 Puskesmas Rumus", "'-rumus").doesNotContain(",=1+2", ",-rumus");
		var result = (CatalogueImport) mvc.perform(multipart("/admin/catalogue/import").file(csvFile(csv))
				.param("note", "Ekspor dan impor ulang").with(csrf()).with(accounts.as(admin)))
				.andReturn().getModelAndView().getModel().get("result");
		assertThat(result.updated()).isZero();
		assertThat(catalogue.findByCode("uptd-rumus-73.71").orElseThrow().name())
				.isEqualTo("=1+2 Puskesmas Rumus");

		var adminId = ((id.lapor.account.LaporUser) accounts.details(admin)).id();
		assertThat(audit.find(java.util.Set.of(id.lapor.audit.AuditAction.EXPORT), adminId,
				org.springframework.data.domain.PageRequest.of(0, 5)).getContent())
				.extracting(id.lapor.audit.AuditEntry::target).containsExactly("lapor-catalogue.csv");
	}

	@Test
	void reimportingTheExportChangesNothing() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var csv = mvc.perform(get("/admin/catalogue/export.csv").with(accounts.as(admin)))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		var result = (CatalogueImport) mvc.perform(multipart("/admin/catalogue/import").file(csvFile(csv))
				.param("note", "Ekspor dan impor ulang").with(csrf()).with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andReturn().getModelAndView().getModel().get("result");

		assertThat(result.problems()).isEmpty();
		assertThat(result.created()).isZero();
		assertThat(result.updated()).isZero();
	}

	@Test
	void onlyTheNationalAdministratorImports() throws Exception {
		var bodyAdmin = accounts.agencyAdmin("pemda-73.08");
		mvc.perform(multipart("/admin/catalogue/import").file(csvFile("code\n")).param("note", "x").with(csrf())
				.with(accounts.as(bodyAdmin)))
				.andExpect(status().isForbidden());
	}

	private static MockMultipartFile csvFile(String content) {
		return new MockMultipartFile("file", "catalogue.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}
}
