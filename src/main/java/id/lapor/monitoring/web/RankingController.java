package id.lapor.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.monitoring.Compliance;
import id.lapor.monitoring.ComplianceProperties;
import id.lapor.monitoring.Criteria;
import id.lapor.monitoring.MonitoringScope;
import id.lapor.monitoring.StatisticsService;
import id.lapor.statistics.AnswerQuality;
import id.lapor.statistics.Filter;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.Statistics.Detail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /monitoring/bodies}: the compliance ranking of the bodies that received reports in the last twelve
 * calendar months (this one included), with the formula on the page; bodies with too few reports are listed after
 * the ranked ones. A body administrator ranks their body's units, a liaison officer sees their own body.
 */
@Controller
class RankingController {

	static final int PAGE_SIZE = 50;

	/** The columns of the ranking in an export: all bodies the search finds, in the order shown. */
	static final List<String> COLUMNS = List.of("position", "name", "score", "zone", "received", "overdue",
			"follow_up_rate", "on_time_rate", "completion_rate", "boilerplate_answer_share",
			"completed_without_substantive_answer_share");

	private final StatisticsService statistics;
	private final ComplianceProperties properties;
	private final AgencyCatalogue agencies;
	private final AnswerQuality answerQuality;
	private final ExportAudit exportAudit;
	private final Clock clock;

	RankingController(StatisticsService statistics, ComplianceProperties properties, AgencyCatalogue agencies,
			AnswerQuality answerQuality, ExportAudit exportAudit, Clock clock) {
		this.exportAudit = exportAudit;
		this.answerQuality = answerQuality;
		this.statistics = statistics;
		this.agencies = agencies;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/monitoring/bodies")
	@Nullable String ranking(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "score") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "") String format, @AuthenticationPrincipal LaporUser user, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {

		var today = IndonesianTimeZones.today(clock);
		var from = StatisticsService.twelveMonthsEndingWith(today);
		var scope = MonitoringScope.of(user, agencies);
		var result = statistics.compute(GroupBy.BODY, scope.filter(from, today, null, Criteria.NONE),
				Detail.WITHOUT_DURATIONS, locale);

		var query = q.strip().toLowerCase(Locale.ROOT);
		// Highest score first, bodies with too few reports (no score) last, then by name.
		Comparator<Compliance> byScore = Comparator
				.comparingDouble((Compliance c) -> c.score() == null ? Double.POSITIVE_INFINITY : -c.score())
				.thenComparing(c -> c.indicators().name());
		var order = switch (sort) {
			case "received" -> Comparator.comparingLong((Compliance c) -> -c.indicators().received());
			case "overdue" -> Comparator.comparingLong((Compliance c) -> -c.indicators().overdue());
			case "name" -> Comparator.comparing((Compliance c) -> c.indicators().name());
			default -> byScore;
		};
		var ranked = result.groups().stream()
				.filter(indicators -> query.isEmpty() || indicators.name().toLowerCase(Locale.ROOT).contains(query))
				.map(indicators -> Compliance.of(indicators, properties))
				.sorted(order)
				.toList();

		var export = TableExport.Format.parse(format);
		if (export.isPresent()) {
			var fileName = "lapor-peringkat-" + (scope.root() == null ? "nasional" : scope.root().code()) + "-" + today;
			exportAudit.record(user, fileName + "." + export.get().extension(), request);
			TableExport.write(response, export.get(), fileName, "Peringkat", COLUMNS, out -> {
						var quality = quality(ranked, scope, from, today);
						int position = 0;
						for (var body : ranked) {
							var row = body.indicators();
							var answers = quality.get(row.key());
							out.add(++position, row.name(), body.score(), body.zone(), row.received(), row.overdue(),
									row.followUpRate(), row.onTimeRate(), row.completionRate(),
									answers == null ? null : answers.boilerplateShare(),
									answers == null ? null : answers.withoutSubstanceShare());
						}
					});
			return null;
		}

		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		int start = (int) Math.min(pageable.getOffset(), ranked.size());
		var shown = ranked.subList(start, Math.min(start + PAGE_SIZE, ranked.size()));
		model.addAttribute("bodies", new PageImpl<>(shown, pageable, ranked.size()));
		model.addAttribute("quality", quality(shown, scope, from, today));
		model.addAttribute("bodyCodes", result.bodyCodes());
		model.addAttribute("q", q);
		model.addAttribute("sort", order == byScore ? "score" : sort);
		model.addAttribute("from", from);
		model.addAttribute("to", today);
		model.addAttribute("asOf", result.asOf());
		model.addAttribute("weights", properties);
		model.addAttribute("scope", scope.root());
		return "monitoring/ranking";
	}

	/** Answer quality of the given bodies only (the page shown), keyed like the indicators: the body id as text. */
	private Map<String, AnswerQuality.Row> quality(List<Compliance> bodies, MonitoringScope scope, LocalDate from,
			LocalDate to) {
		var ids = StatisticsService.bodyIds(bodies.stream().map(body -> body.indicators().key())).stream()
				.filter(scope::covers).collect(Collectors.toSet());
		var filter = scope.filter(from, to, null, Criteria.NONE);
		var rows = answerQuality.byAgency(new Filter(filter.from(), filter.to(), ids, null, null));
		return rows.entrySet().stream().collect(Collectors.toMap(entry -> Long.toString(entry.getKey()),
				Map.Entry::getValue));
	}
}
