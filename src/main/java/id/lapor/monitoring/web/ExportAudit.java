package id.lapor.monitoring.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import id.lapor.account.LaporUser;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Records every export of the monitoring pages in the audit log before its first byte is written: who, the file
 * (its name carries the view, the dates and the format) and the filters, as the address the export was asked with.
 * An export that fails halfway stays recorded: what may have left the building counts, not what arrived.
 */
@Component
class ExportAudit {

	private final AuditLog audit;

	ExportAudit(AuditLog audit) {
		this.audit = audit;
	}

	void record(LaporUser user, String fileName, HttpServletRequest request) {
		var filters = request.getParameterMap().entrySet().stream()
				.flatMap(parameter -> Arrays.stream(parameter.getValue()).map(value -> parameter.getKey() + "=" + value))
				.collect(Collectors.joining("&"));
		audit.record(AuditAction.EXPORT, user.id(), fileName,
				request.getRequestURI() + (filters.isEmpty() ? "" : "?" + filters));
	}
}
