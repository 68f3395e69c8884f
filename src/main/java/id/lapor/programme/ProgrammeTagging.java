package id.lapor.programme;

import id.lapor.report.ReportSubmitted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tags each new report with the active programmes it matches, after the report is stored (recorded in the event
 * publication registry, so a restart finishes what a crash interrupted).
 */
@Component
class ProgrammeTagging {

	private final PriorityProgrammes programmes;

	ProgrammeTagging(PriorityProgrammes programmes) {
		this.programmes = programmes;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted event) {
		programmes.tagAutomatically(event.reportId());
	}
}
