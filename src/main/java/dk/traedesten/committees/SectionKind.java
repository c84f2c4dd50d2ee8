package dk.traedesten.committees;

/**
 * The sections an item can have: those of an agenda item (seed 002: summary, presentation, recommendation) and those
 * of a committee note (seed 000: background, purpose, target group, programme, economy, further process). Which ones
 * an item has, and in which order, is its template's data.
 */
public enum SectionKind {
	SUMMARY, PRESENTATION, RECOMMENDATION, BACKGROUND, PURPOSE, TARGET_GROUP, PROGRAMME, ECONOMY, FURTHER_PROCESS
}
