package dk.traedesten.demo;

import java.time.LocalDate;

import dk.traedesten.trials.TrialFollowUp;

import org.springframework.stereotype.Component;

/**
 * Demo content: the selected demo trials of Stevns' call "Prøvehandlinger 2025–26" taken further: agreements, PDSA
 * cycles, notes, children's statements, status reports, evaluations and decisions (of 16: two stay selected, two
 * with an agreement, four running, one of them with its status overdue, three with their status in, two
 * evaluated, three closed with each decision). With fewer selected trials they are spread over the same stages.
 */
@Component
class DemoTrialFollowUp {

	static final int STEVNS = 336;

	static final String CALL = "Prøvehandlinger 2025–26";

	private final TrialFollowUp followUp;

	DemoTrialFollowUp(TrialFollowUp followUp) {
		this.followUp = followUp;
	}

	void seed() {
		followUp.followUpForDemo(followUp.selectedTrials(STEVNS, CALL), LocalDate.now());
	}
}
