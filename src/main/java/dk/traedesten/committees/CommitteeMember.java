package dk.traedesten.committees;

import java.time.LocalDate;
import java.util.UUID;

/** A member of a committee for a term; the term's end is open while it runs. */
public record CommitteeMember(UUID id, String name, String party, MemberRole role, LocalDate termStartsOn,
		LocalDate termEndsOn) {

	public enum MemberRole {
		CHAIR, VICE_CHAIR, MEMBER
	}
}
