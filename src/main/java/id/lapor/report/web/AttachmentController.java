package id.lapor.report.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.report.Attachments;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads while the report form is filled in (htmx), and downloads for those who may see the report.
 */
@Controller
class AttachmentController {

	private final Attachments attachments;

	AttachmentController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping("/reports/new/attachments")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam UUID submissionToken,
			@AuthenticationPrincipal LaporUser citizen, Model model, HttpServletResponse response) {

		return pendingView(attachments.uploadForForm(citizen, submissionToken, file), model, response);
	}

	/**
	 * The list of files waiting for a form, with the refusal of the last upload, if any; a refusal for the account's
	 * quota or rate answers {@code 429}, which the page still shows (app.js).
	 */
	static String pendingView(Attachments.Pending pending, Model model, HttpServletResponse response) {
		model.addAttribute("pendingAttachments", pending.files());
		model.addAttribute("attachmentError", pending.rejection());
		if (pending.limited()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		return "report/attachments :: pending";
	}

	/**
	 * Serves a file as a download with its detected type, never cached by shared caches, never run as a page, under
	 * its neutral name ({@code lampiran-1.jpg}).
	 */
	@GetMapping("/attachments/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @AuthenticationPrincipal LaporUser viewer) {

		var opened = attachments.open(id, viewer).orElseThrow(id.lapor.report.ReportNotFoundException::new);
		var attachment = opened.attachment();
		var disposition = (attachment.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(attachment.fileName(), StandardCharsets.UTF_8).build();

		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(attachment.contentType()))
				.contentLength(attachment.sizeBytes())
				.cacheControl(CacheControl.noStore().cachePrivate())
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.header("Content-Security-Policy", "sandbox; default-src 'none'")
				.body(new InputStreamResource(opened.content()));
	}
}
