package dk.traedesten.partnerships;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A municipality's place in a partnership and the people it sends (chief first). */
public record Membership(UUID id, UUID partnershipId, int municipalityCode, String joinedBy, Instant joinedAt,
		List<Member> members) {

	public Membership {
		members = List.copyOf(members);
	}

	public long count(MemberRole role) {
		return members.stream().filter(member -> member.role() == role).count();
	}

	public boolean full() {
		return count(MemberRole.CHIEF) >= MemberRules.CHIEFS && count(MemberRole.EMPLOYEE) >= MemberRules.MAX_EMPLOYEES;
	}
}
