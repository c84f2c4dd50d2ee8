package dk.traedesten.partnerships;

import java.util.Set;

/** A person to name or rename in a delegation; {@code networkDays} are numbers 1 to 4. */
public record NewMember(MemberRole role, String name, String email, String jobTitle, Set<Integer> networkDays) {

	public NewMember {
		networkDays = Set.copyOf(networkDays);
	}
}
