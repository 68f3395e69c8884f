package id.lapor.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.lapor.account.AccountDirectory;
import id.lapor.account.LaporUser;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;
import id.lapor.report.AttachmentView;
import id.lapor.report.Attachments;
import id.lapor.report.ReportDetails;
import id.lapor.report.ReportListItem;
import id.lapor.report.ReportQueries;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything LAPOR! keeps about a citizen, as one ZIP: {@code akun.json} (the account), and per report
 * {@code laporan/<number>/laporan.json} (content, status, history and conversation as the reporter sees them) with
 * {@code laporan/<number>/lampiran/<n>-<name>} (the files). Written as it is read, a page of reports at a time, so a
 * long history never sits in memory whole.
 */
@Service
public class PersonalDataExport {

	static final int PAGE_SIZE = 50;

	private final AccountDirectory accounts;
	private final ReportQueries reports;
	private final Attachments attachments;
	private final AuditLog audit;
	private final JsonMapper json;

	PersonalDataExport(AccountDirectory accounts, ReportQueries reports, Attachments attachments, AuditLog audit,
			JsonMapper json) {
		this.accounts = accounts;
		this.reports = reports;
		this.attachments = attachments;
		this.audit = audit;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	public void write(LaporUser citizen, Locale locale, OutputStream out) throws IOException {

		audit.record(AuditAction.PERSONAL_DATA_EXPORTED, citizen.id(), citizen.id().toString(), null);
		try (var zip = new ZipOutputStream(out)) {
			var account = accounts.findAll(List.of(citizen.id())).get(citizen.id());
			var accountData = new LinkedHashMap<String, Object>();
			accountData.put("id", citizen.id());
			accountData.put("fullName", account == null ? citizen.fullName() : account.fullName());
			accountData.put("email", account == null ? citizen.email() : account.email());
			accountData.put("phone", account == null ? null : account.phone());
			accountData.put("role", citizen.role());
			entry(zip, "akun.json", json.writeValueAsBytes(accountData));

			var page = PageRequest.of(0, PAGE_SIZE);
			while (true) {
				var items = reports.findSubmittedBy(citizen.id(), page, locale);
				for (ReportListItem item : items) {
					var details = reports.findForReporter(item.trackingNumber(), citizen.id(), locale);
					if (details.isPresent()) {
						writeReport(zip, details.get(), citizen);
					}
				}
				if (!items.hasNext()) {
					break;
				}
				page = page.next();
			}
		}
	}

	private void writeReport(ZipOutputStream zip, ReportDetails report, LaporUser citizen) throws IOException {
		var folder = "laporan/" + report.trackingNumber().value() + "/";
		entry(zip, folder + "laporan.json", json.writeValueAsBytes(report));
		var files = new java.util.ArrayList<AttachmentView>(report.attachments());
		report.responses().forEach(response -> files.addAll(response.attachments()));
		int position = 1;
		for (var file : files) {
			var opened = attachments.open(file.id(), citizen);
			if (opened.isEmpty()) {
				continue;
			}
			zip.putNextEntry(new ZipEntry(folder + "lampiran/" + position++ + "-" + file.fileName()));
			try (var content = opened.get().content()) {
				content.transferTo(zip);
			}
			zip.closeEntry();
		}
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}
}
