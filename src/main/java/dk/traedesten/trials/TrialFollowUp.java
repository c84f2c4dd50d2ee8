package dk.traedesten.trials;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.followup.FollowUpDemo;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The follow-up of selected trials, as other modules (the demo data) use it. */
@Service
public class TrialFollowUp {

	private final FollowUpDemo demo;

	TrialFollowUp(FollowUpDemo demo) {
		this.demo = demo;
	}

	/** The trials of the municipality's call with this title that are selected and not yet followed up, by title. */
	@Transactional(readOnly = true)
	public List<UUID> selectedTrials(int municipalityCode, String callTitle) {
		return demo.selectedTrials(municipalityCode, callTitle);
	}

	/**
	 * Moves the selected trials on with fictional follow-up content (for demo data only): agreements, PDSA cycles,
	 * notes and children's statements, status reports, evaluations and closing decisions, dated from today.
	 */
	@Transactional
	public void followUpForDemo(List<UUID> selectedTrials, LocalDate today) {
		demo.tell(selectedTrials, today);
	}
}
