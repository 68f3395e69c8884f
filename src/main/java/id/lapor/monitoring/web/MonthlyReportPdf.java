package id.lapor.monitoring.web;

import java.awt.Color;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.monitoring.StatisticsService;
import id.lapor.statistics.Indicators;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;

/**
 * The monthly summary (laporan bulanan) of a body, a region or the nation as a PDF a supervisor can send upwards:
 * headline figures against the previous month, the 12-month trend, the worst overdue bodies and the top categories.
 * Tables only, so it prints and reads the same everywhere.
 */
final class MonthlyReportPdf {

	/** What the summary shows. */
	record Content(String subject, YearMonth month, Instant asOf, Indicators totals, Indicators previous,
			List<Indicators> trend, List<StatisticsService.OverdueAgency> worstOverdue, List<Indicators> topCategories) {}

	private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
	private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
	private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);
	private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
	private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

	private final MessageSource messages;
	private final Locale locale;
	private final NumberFormat percent;
	private final NumberFormat decimal;

	MonthlyReportPdf(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.percent = NumberFormat.getPercentInstance(locale);
		this.percent.setMaximumFractionDigits(1);
		this.decimal = NumberFormat.getNumberInstance(locale);
		this.decimal.setMaximumFractionDigits(1);
	}

	void write(Content content, OutputStream out) {
		var document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		var monthName = content.month().getMonth().getDisplayName(TextStyle.FULL, locale) + " " + content.month().getYear();
		document.addTitle(text("monthly.title", content.subject(), monthName));
		document.addCreator("LAPOR!");
		document.open();

		document.add(new Paragraph(text("monthly.title", content.subject(), monthName), TITLE));
		document.add(new Paragraph(text("monthly.asOf", DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", locale)
				.format(content.asOf().atZone(IndonesianTimeZones.WIB))), SMALL));

		heading(document, "monthly.headline");
		var headline = table(new float[] { 4, 2, 2 }, text("monthly.indicator"), monthName, text("monthly.previous"));
		row(headline, text("statistik.received"), count(content.totals().received()), count(content.previous().received()));
		row(headline, text("statistik.followUpRate"), rate(content.totals().followUpRate()),
				rate(content.previous().followUpRate()));
		row(headline, text("statistik.completionRate"), rate(content.totals().completionRate()),
				rate(content.previous().completionRate()));
		row(headline, text("ranking.onTime"), rate(content.totals().onTimeRate()), rate(content.previous().onTimeRate()));
		row(headline, text("list.overdue"), count(content.totals().overdue()), count(content.previous().overdue()));
		row(headline, text("colour.RED"), count(content.totals().red() + content.totals().unverified()),
				count(content.previous().red() + content.previous().unverified()));
		row(headline, text("colour.YELLOW"), count(content.totals().yellow()), count(content.previous().yellow()));
		row(headline, text("colour.GREEN"), count(content.totals().green()), count(content.previous().green()));
		row(headline, text("overview.responseMedian"), days(content.totals().durations().firstResponseMedian()),
				days(content.previous().durations().firstResponseMedian()));
		row(headline, text("monthly.averageRating"), days(content.totals().averageRating()),
				days(content.previous().averageRating()));
		document.add(headline);

		heading(document, "overview.trend");
		var trend = table(new float[] { 2, 2, 2, 2 }, text("overview.month"), text("statistik.received"),
				text("statistik.followUpRate"), text("statistik.completionRate"));
		content.trend().forEach(month -> row(trend, month.key(), count(month.received()), rate(month.followUpRate()),
				rate(month.completionRate())));
		document.add(trend);

		heading(document, "overview.worstOverdue");
		if (content.worstOverdue().isEmpty()) {
			document.add(new Paragraph(text("overview.worstOverdue.none"), TEXT));
		} else {
			var worst = table(new float[] { 6, 2 }, text("catalogue.name"), text("list.overdue"));
			content.worstOverdue().forEach(body -> row(worst, body.name(), count(body.overdue())));
			document.add(worst);
		}

		heading(document, "monthly.topCategories");
		if (content.topCategories().isEmpty()) {
			document.add(new Paragraph(text("statistik.none"), TEXT));
		} else {
			var categories = table(new float[] { 6, 2, 2 }, text("overview.filter.category"), text("statistik.received"),
					text("statistik.followUpRate"));
			content.topCategories().forEach(category -> row(categories, category.name(), count(category.received()),
					rate(category.followUpRate())));
			document.add(categories);
		}
		document.add(new Paragraph(text("monthly.definitions"), SMALL));
		document.close();
	}

	private void heading(Document document, String key) {
		var heading = new Paragraph(text(key), HEADING);
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
		document.add(heading);
	}

	private static PdfPTable table(float[] widths, String... header) {
		var table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (var title : header) {
			var cell = new PdfPCell(new Phrase(title, BOLD));
			cell.setBackgroundColor(new Color(230, 230, 230));
			table.addCell(cell);
		}
		return table;
	}

	private static void row(PdfPTable table, String... values) {
		for (int i = 0; i < values.length; i++) {
			var cell = new PdfPCell(new Phrase(values[i], TEXT));
			if (i > 0) {
				cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			}
			table.addCell(cell);
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private String count(long value) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	private String rate(@Nullable Double value) {
		return value == null ? "—" : percent.format(value);
	}

	private String days(@Nullable Double value) {
		return value == null ? "—" : decimal.format(value);
	}
}
