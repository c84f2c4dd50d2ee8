package dk.traedesten.trials.overview;

import java.time.LocalDate;
import java.util.UUID;

/** A call that takes applications today. */
public record OpenCall(UUID id, String title, LocalDate closesOn) {
}
