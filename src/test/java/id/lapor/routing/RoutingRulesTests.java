package id.lapor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

@IntegrationTest
class RoutingRulesTests {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@Autowired RoutingService routing;
	@Autowired AgencyCatalogue agencies;
	@Autowired TestAccounts accounts;
	@Autowired MessageSource messages;

	@Test
	void everyRuleIsExplainedInBothLanguages() {

		for (var rule : RoutingRule.values()) {
			for (var locale : new Locale[] { INDONESIAN, Locale.ENGLISH }) {
				assertThat(messages.getMessage("routing.rule." + rule.name(), null, null, locale)).as("%s %s", rule, locale)
						.isNotBlank();
				assertThat(messages.getMessage("routing.explain.rule." + rule.name(), new Object[] { "X" }, null, locale))
						.as("explain %s %s", rule, locale).isNotBlank();
			}
		}
	}

	@Test
	void infersTheCategoryFromInformalIndonesian() {

		var decision = routing.decide(RoutingRequest.of("lubang di jl cipto makin dalem",
				"min jl cipto cirebon lubangnya makin dalem bgt, kmrn mlm ada ojol jatoh. tlg ditambal", "32.74"),
				INDONESIAN);

		assertThat(decision.category().code()).isEqualTo("jalan-kabupaten-kota");
		assertThat(decision.target().code()).isEqualTo("pupr-32.74");
		assertThat(decision.explanation()).extracting(Explanation::code).contains("categoryInferred");
		assertThat(decision.confidence()).isBetween(0.0, 1.0);
	}

	@Test
	void respectsABodyTheCitizenChose() {

		var decision = routing.decide(new RoutingRequest("Jalan rusak", "Jalan di depan rumah rusak parah.", "73.71",
				null, "pemda-73.71"), INDONESIAN);

		assertThat(decision.target().code()).isEqualTo("pemda-73.71");
		assertThat(decision.rule()).isEqualTo(RoutingRule.CITIZEN_CHOICE);
		assertThat(decision.needsVerification()).isFalse();
	}

	@Test
	void anAddresseeDoesNotDecideTheDestination() {

		var decision = routing.decide(RoutingRequest.of("Kepada PLN: air keruh",
				"Kepada PLN dan pemerintah, air PDAM di perumahan kami keruh kecoklatan dan bau.", "32.76"), INDONESIAN);

		assertThat(decision.target().code()).isEqualTo("pdam-32.76");
		assertThat(decision.explanation()).extracting(Explanation::code).contains("addressee");
	}

	@Test
	void aNamedOperatorTakesTheReport() {

		var decision = routing.decide(RoutingRequest.of("Saldo BRI terpotong",
				"Saldo rekening BRI saya terpotong Rp2 juta karena transaksi yang tidak pernah saya lakukan.", "35.06"),
				INDONESIAN);

		assertThat(decision.target().code()).isEqualTo("bri");
		assertThat(decision.rule()).isEqualTo(RoutingRule.NAMED_BODY);
		assertThat(decision.alternatives()).extracting(alternative -> alternative.target().code()).contains("ojk");
	}

	@Test
	void aBodyNamedInTheTextOutranksTheCategorysDefaultBody() {

		// "gadai" and "emas" are words of the financial-services category, whose default body is OJK; the text names
		// the state pawnshop, a subsidiary of BRI.
		var pawnshop = routing.decide(RoutingRequest.of("Emas gadai hilang",
				"Kalung emas yang saya gadaikan di Pegadaian cabang Kebumen tidak ada waktu saya tebus, petugas hanya "
						+ "menawarkan ganti uang.", "33.05"), INDONESIAN);
		// A body of any kind, not only an SOE: honoraria of teachers are the regency's by default, but this one is paid
		// by the religious affairs ministry, which the text names.
		var honorarium = routing.decide(RoutingRequest.of("Honor guru belum dibayar",
				"Saya guru honorer di Kebumen, honor dari Kemenag sudah lima bulan belum dibayarkan.", "33.05"),
				INDONESIAN);

		assertThat(pawnshop.target().code()).isEqualTo("pegadaian");
		assertThat(pawnshop.rule()).isEqualTo(RoutingRule.NAMED_BODY);
		assertThat(pawnshop.explanation()).extracting(Explanation::code).contains("named");
		assertThat(honorarium.target().code()).isEqualTo("kemenag");
		assertThat(honorarium.rule()).isEqualTo(RoutingRule.NAMED_BODY);
	}

	@Test
	void aMatterTheLawGivesToAParticularBodyGoesThereWhateverTheCategory() {

		var terminal = routing.decide(RoutingRequest.of("Atap ruang tunggu bocor",
				"Atap ruang tunggu di terminal tipe A kota kami bocor setiap hujan, penumpang bus AKAP berdesakan.",
				"33.74"), INDONESIAN);
		var quarry = routing.decide(RoutingRequest.of("Galian C dekat sekolah",
				"Ada galian C di belakang SD kami, tebingnya longsor ke halaman sekolah.", "33.05"), INDONESIAN);

		assertThat(terminal.target().code()).isEqualTo("kemenhub");
		assertThat(terminal.rule()).isEqualTo(RoutingRule.COMPETENCE_RULE);
		assertThat(terminal.explanation()).extracting(Explanation::code).contains("competence.terminal-type-a");
		assertThat(quarry.target().code()).isEqualTo("desdm-33");
	}

	@Test
	void anAreaAuthorityOverridesTheRegencyDepartment() {

		var decision = routing.decide(RoutingRequest.of("Air sering mati di Batam",
				"Air di perumahan kami di Batam sering mati dari sore sampai subuh.", "21.71"), INDONESIAN);

		assertThat(decision.target().code()).isEqualTo("bp-batam");
		assertThat(decision.rule()).isEqualTo(RoutingRule.AREA_RULE);
	}

	@Test
	void wordsThatPointNowhereNeedAPerson() {

		var decision = routing.decide(RoutingRequest.of("Halo", "Mohon dibantu ya, terima kasih banyak sebelumnya.",
				"73.71"), INDONESIAN);

		assertThat(decision.confidence()).isLessThan(0.3);
		assertThat(decision.needsVerification()).isTrue();
		assertThat(decision.explanation()).extracting(Explanation::code).contains("verification");
	}

	@Test
	void aBodyWithoutLiaisonHandsItsReportsToTheNearestStaffedParent() {

		var department = agencies.findByCode("dlh-75.71").orElseThrow();
		assertThat(routing.staffedAgency(department)).isEmpty();

		accounts.staff(Role.LIAISON, "pemda-75.71");
		assertThat(routing.staffedAgency(department)).get().extracting(body -> body.code()).isEqualTo("pemda-75.71");

		accounts.staff(Role.LIAISON, "dlh-75.71");
		assertThat(routing.staffedAgency(department)).get().extracting(body -> body.code()).isEqualTo("dlh-75.71");
	}
}
