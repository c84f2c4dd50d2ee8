package dk.traedesten.trials;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A call for applications (ansøgningsrunde): the strategy it belongs to, when it is open, how many trials it
 * aims to select and what its eligibility rules ask.
 */
public record TrialCall(UUID id, int municipalityCode, UUID strategyId, String title, String announcement,
		LocalDate opensOn, LocalDate closesOn, int targetCount, int minimumUnits) {

	/** Open for applications on the day, both ends included. */
	public boolean openOn(LocalDate day) {
		return !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	public boolean closedOn(LocalDate day) {
		return day.isAfter(closesOn);
	}

	public EligibilityRules.CallRules rules() {
		return new EligibilityRules.CallRules(minimumUnits);
	}

	/** What a coordinator sets when creating or changing a call. */
	public record Details(UUID strategyId, String title, String announcement, LocalDate opensOn, LocalDate closesOn,
			int targetCount, int minimumUnits) {
	}
}
