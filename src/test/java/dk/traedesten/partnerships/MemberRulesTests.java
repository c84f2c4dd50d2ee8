package dk.traedesten.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Seed 001: "en chef og op til fire medarbejdere" from each municipality to each partnership. */
class MemberRulesTests {

	@Test
	void oneChiefAndFourEmployeesFitAndNobodyMore() {
		List<MemberRole> delegation = new ArrayList<>();
		assertThat(MemberRules.refusal(delegation, MemberRole.CHIEF)).isEmpty();
		delegation.add(MemberRole.CHIEF);
		for (int i = 0; i < 4; i++) {
			assertThat(MemberRules.refusal(delegation, MemberRole.EMPLOYEE)).as("employee %d", i + 1).isEmpty();
			delegation.add(MemberRole.EMPLOYEE);
		}
		assertThat(delegation).hasSize(5);
		assertThat(MemberRules.refusal(delegation, MemberRole.EMPLOYEE))
			.contains("partnerships.member.error.fifth-employee");
		assertThat(MemberRules.refusal(delegation, MemberRole.CHIEF)).contains("partnerships.member.error.second-chief");
	}

	@Test
	void employeesMayComeBeforeTheChief() {
		assertThat(MemberRules.refusal(List.of(MemberRole.EMPLOYEE, MemberRole.EMPLOYEE, MemberRole.EMPLOYEE,
				MemberRole.EMPLOYEE), MemberRole.CHIEF)).isEmpty();
	}

	@Property
	void addingOnlyWhatTheRuleAllowsNeverBreaksIt(@ForAll @Size(max = 30) List<MemberRole> attempts) {
		List<MemberRole> delegation = new ArrayList<>();
		for (MemberRole attempt : attempts) {
			if (MemberRules.refusal(delegation, attempt).isEmpty()) {
				delegation.add(attempt);
			}
			assertThat(MemberRules.allowed(delegation)).isTrue();
		}
		assertThat(delegation.stream().filter(role -> role == MemberRole.CHIEF).count()).isLessThanOrEqualTo(1);
		assertThat(delegation.stream().filter(role -> role == MemberRole.EMPLOYEE).count()).isLessThanOrEqualTo(4);
		assertThat(delegation).hasSizeLessThanOrEqualTo(5);
	}

	@Property
	void aRefusalComesExactlyWhenAddingWouldBreakTheRule(@ForAll @Size(max = 8) List<MemberRole> delegation,
			@ForAll MemberRole adding) {
		List<MemberRole> after = new ArrayList<>(delegation);
		after.add(adding);
		boolean refused = MemberRules.refusal(delegation, adding).isPresent();
		if (MemberRules.allowed(delegation)) {
			assertThat(refused).isEqualTo(!MemberRules.allowed(after));
		}
		else {
			assertThat(!refused || !MemberRules.allowed(after)).isTrue();
		}
	}
}
