package dk.traedesten.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class MembershipRulesTests {

	@Property
	void platformAdministrationIsNeverGrantedFromAMunicipality(@ForAll boolean unitGiven) {
		assertThat(MembershipRules.problemWith(Role.PLATFORM_ADMINISTRATOR, unitGiven))
			.contains("organisation.membership.error.platform-role");
	}

	@Property
	void rolesHeldInAUnitNeedAUnitAndTheOthersDoNot(@ForAll Role role, @ForAll boolean unitGiven) {
		if (role == Role.PLATFORM_ADMINISTRATOR) {
			return;
		}
		boolean refused = MembershipRules.problemWith(role, unitGiven).isPresent();

		assertThat(refused).isEqualTo(role.heldInUnit() && !unitGiven);
	}

	@Property
	void staffAndUnitLeadersAreTheRolesHeldInAUnit(@ForAll Role role) {
		assertThat(role.heldInUnit()).isEqualTo(role == Role.STAFF || role == Role.UNIT_LEADER);
	}
}
