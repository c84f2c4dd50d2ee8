package dk.traedesten.committees;

import java.time.LocalDate;
import java.util.List;

/** What the secretary writes into an item before the agenda is published. */
public record ItemDraft(int number, String title, String caseNumber, String documentNumber, String caseHandler,
		List<String> otherCaseHandlers, List<String> departmentCodes, LocalDate datedOn, boolean open,
		List<Section> sections) {
}
