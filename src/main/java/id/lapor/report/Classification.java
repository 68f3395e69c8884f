package id.lapor.report;

/**
 * What a citizen sends: a complaint (pengaduan), an aspiration (aspirasi) or an information request (permintaan
 * informasi).
 */
public enum Classification {
	COMPLAINT, ASPIRATION, INFORMATION_REQUEST
}
