package dk.traedesten.trials.overview;

import java.time.LocalDate;
import java.util.UUID;

import dk.traedesten.trials.TrialState;

/** One trial in a list: enough to recognise it and follow the link to its page. */
public record TrialHit(UUID id, String title, TrialState state, String callTitle, String units, LocalDate updatedOn) {
}
