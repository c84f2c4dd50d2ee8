package dk.traedesten.strategy;

import java.util.UUID;

/** A phase of the annual cycle (udvikle, afprøve, evaluere, udbrede og implementere) and when in the year it runs. */
public record CyclePhase(UUID id, int position, String name, String description, String months) {

	/** An item as it is written, before it has an id and a place in its list. */
	public static CyclePhase draft(String name, String description, String months) {
		return new CyclePhase(null, 0, name.strip(), description == null ? "" : description.strip(), months == null ? "" : months.strip());
	}
}
