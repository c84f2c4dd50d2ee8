package dk.traedesten.partnerships;

import java.util.Set;
import java.util.UUID;

/** A person a municipality sends to a partnership, with the numbers of the network days they attend. */
public record Member(UUID id, MemberRole role, String name, String email, String jobTitle, Set<Integer> networkDays) {

	public Member {
		networkDays = Set.copyOf(networkDays);
	}

	public boolean attends(int day) {
		return networkDays.contains(day);
	}
}
