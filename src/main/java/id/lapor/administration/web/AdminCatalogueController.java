package id.lapor.administration.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyManagement;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV export and import of the whole catalogue (national administrator). An import is checked line by line and
 * applied all or nothing.
 */
@Controller
class AdminCatalogueController {

	private final AgencyManagement agencies;
	private final AuditLog audit;

	AdminCatalogueController(AgencyManagement agencies, AuditLog audit) {
		this.agencies = agencies;
		this.audit = audit;
	}

	@GetMapping("/admin/catalogue")
	String show(Model model) {
		model.addAttribute("columns", String.join(",", AgencyManagement.CSV_COLUMNS));
		return "administration/catalogue";
	}

	@GetMapping("/admin/catalogue/export.csv")
	void export(@AuthenticationPrincipal LaporUser admin, HttpServletResponse response) throws IOException {
		audit.record(AuditAction.EXPORT, admin.id(), "lapor-catalogue.csv", "/admin/catalogue/export.csv");
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lapor-catalogue.csv\"");
		agencies.exportCsv(response.getWriter());
	}

	@PostMapping("/admin/catalogue/import")
	String importCsv(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal LaporUser admin, Model model) throws IOException {

		model.addAttribute("columns", String.join(",", AgencyManagement.CSV_COLUMNS));
		model.addAttribute("note", note);
		if (file.isEmpty() || note.isBlank()) {
			model.addAttribute("error", file.isEmpty() ? "catalogue.import.noFile" : "catalogue.import.noNote");
			return "administration/catalogue";
		}
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			model.addAttribute("result", agencies.importCsv(reader, admin.id(), note));
		}
		return "administration/catalogue";
	}
}
