package dk.traedesten.strategy;

import java.time.LocalDate;
import java.util.UUID;

/** What other modules need to name a strategy: its title, model and approval date. */
public record StrategySummary(UUID id, int municipalityCode, String title, String modelName, LocalDate approvedOn) {
}
