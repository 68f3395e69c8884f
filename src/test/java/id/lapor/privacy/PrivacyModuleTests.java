package id.lapor.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.AccountErasure;
import id.lapor.account.LaporUser;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditEntry;
import id.lapor.audit.AuditLog;
import id.lapor.report.ReportQueries;
import id.lapor.system.Mailer;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The privacy module with all it needs: {@code account}, {@code report} and {@code audit}, and what those use. The
 * {@code notification} module's {@link Mailer}, which {@code account} sends through, is a mock.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
@Import({ TestAccounts.class, TestReports.class })
class PrivacyModuleTests {

	@MockitoBean Mailer mailer;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired PersonalDataExport export;
	@Autowired PersonalDataErasure erasure;
	@Autowired ReportQueries queries;
	@Autowired AuditLog audit;

	@Test
	void theDownloadHoldsTheCitizensAccountAndReportsAndNobodyElses() throws IOException {

		var citizen = user(accounts.citizen("Rani Unduh"));
		var mine = reports.ktpComplaint(citizen.email(), false, true);
		var theirs = reports.ktpComplaint(accounts.citizen("Orang Lain"), false, false);

		var zip = new ByteArrayOutputStream();
		export.write(citizen, Locale.forLanguageTag("id"), zip);

		var entries = unzip(zip.toByteArray());
		assertThat(entries).containsOnlyKeys("akun.json", "laporan/" + mine.value() + "/laporan.json");
		assertThat(entries.get("akun.json")).contains("Rani Unduh").contains(citizen.email());
		assertThat(entries.get("laporan/" + mine.value() + "/laporan.json")).contains("Blangko KTP-el habis");
		assertThat(entries.keySet()).noneMatch(name -> name.contains(theirs.value()));
		assertThat(audit.find(Set.of(AuditAction.PERSONAL_DATA_EXPORTED), citizen.id(), PageRequest.of(0, 10)))
				.hasSize(1);
	}

	@Test
	void erasureNeedsThePasswordAndLeavesReportsThatNameNobody() {

		var email = accounts.citizen("Budi Terhapus");
		var citizen = user(email);
		var number = reports.ktpComplaint(email, false, false);

		assertThat(erasure.erase(citizen.id(), "bukan-sandinya")).isFalse();
		assertThat(user(email).fullName()).isEqualTo("Budi Terhapus");

		assertThat(erasure.erase(citizen.id(), TestAccounts.PASSWORD)).isTrue();
		assertThatExceptionOfType(UsernameNotFoundException.class).isThrownBy(() -> accounts.details(email));
		var report = queries.findForSupervision(number, Locale.ROOT).orElseThrow();
		assertThat(report.reporter()).isNotNull();
		assertThat(report.reporter().fullName()).isEqualTo(AccountErasure.ERASED_NAME);
		assertThat(report.reporter().email()).isNotEqualTo(email);
		assertThat(audit.find(Set.of(AuditAction.PERSONAL_DATA_ERASED), citizen.id(), PageRequest.of(0, 10)))
				.extracting(AuditEntry::target).containsExactly(citizen.id().toString());
	}

	private LaporUser user(String email) {
		return (LaporUser) accounts.details(email);
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		var entries = new HashMap<String, String>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}
}
