package dk.traedesten.committees;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One follow-up of a decided item: what is to be done, who carries it out (a person of the municipality, whose name
 * is kept, or a department named in free text), when it is due and where it stands with its latest dated note; with
 * the item and meeting it comes from, for the committee's list.
 */
public record FollowUp(UUID id, UUID itemId, int itemNumber, String itemTitle, UUID meetingId, LocalDate meetsOn,
		String what, UUID assigneePersonId, String assigneeName, LocalDate dueOn, FollowUpStatus status,
		String statusNote, LocalDate statusNotedOn) {

	public boolean open() {
		return FollowUpRules.open(status);
	}

	public boolean overdue(LocalDate today) {
		return FollowUpRules.overdue(status, dueOn, today);
	}
}
