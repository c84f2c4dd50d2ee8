package dk.traedesten.trials.overview;

import java.time.LocalDate;
import java.util.UUID;

import dk.traedesten.trials.TrialState;

/**
 * A trial of the viewer's own, with what comes next: the call's deadline for a draft, else the soonest date the
 * agreement makes due (null when nothing is due).
 */
public record MyTrial(UUID id, String title, TrialState state, String callTitle, LocalDate nextDueOn) {
}
