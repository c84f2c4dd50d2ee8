package dk.traedesten.partnerships;

import java.util.Collection;
import java.util.Optional;

/**
 * Who a municipality may send to a partnership (seed 001): "en chef og op til fire medarbejdere" — one chief and up
 * to four employees, so at most five people. Plain Java; the database repeats the rule as its last guard (V032).
 */
public final class MemberRules {

	public static final int CHIEFS = 1;

	public static final int MAX_EMPLOYEES = 4;

	public static final int NETWORK_DAYS = 4;

	private MemberRules() {
	}

	/**
	 * Whether a person with {@code role} may join the delegation whose other people hold {@code others} (the person
	 * being changed is not among them).
	 * @return the bundle key of the Danish reason when not, empty when allowed
	 */
	public static Optional<String> refusal(Collection<MemberRole> others, MemberRole role) {
		long same = others.stream().filter(other -> other == role).count();
		if (role == MemberRole.CHIEF && same >= CHIEFS) {
			return Optional.of("partnerships.member.error.second-chief");
		}
		if (role == MemberRole.EMPLOYEE && same >= MAX_EMPLOYEES) {
			return Optional.of("partnerships.member.error.fifth-employee");
		}
		return Optional.empty();
	}

	/** True when the delegation holds no more than the rule allows. */
	public static boolean allowed(Collection<MemberRole> delegation) {
		long chiefs = delegation.stream().filter(role -> role == MemberRole.CHIEF).count();
		long employees = delegation.stream().filter(role -> role == MemberRole.EMPLOYEE).count();
		return chiefs <= CHIEFS && employees <= MAX_EMPLOYEES;
	}
}
