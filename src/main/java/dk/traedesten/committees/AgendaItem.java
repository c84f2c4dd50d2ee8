package dk.traedesten.committees;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One numbered item of a meeting's agenda with its case facts, sections, decision and attachments. On the public
 * pages a closed item carries only its number and title, and the decision only once the minutes are published.
 */
public record AgendaItem(UUID id, UUID meetingId, int number, String title, String template, String caseNumber,
		String documentNumber, String caseHandler, List<String> otherCaseHandlers, List<String> departmentCodes,
		LocalDate datedOn, boolean open, ItemState state, Decision decision, List<Section> sections,
		List<Attachment> attachments) {

	/** An attachment's facts; the file itself is read on its own. */
	public record Attachment(UUID id, String fileName, String contentType, int sizeBytes) {
	}
}
