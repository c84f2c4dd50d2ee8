package dk.traedesten.committeealerts;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FollowRulesTests {

	@Test
	void anAddressNeedsAnAtAndADomain() {
		assertThat(FollowRules.addressRefusal("  ")).contains("required");
		assertThat(FollowRules.addressRefusal("navn")).contains("invalid");
		assertThat(FollowRules.addressRefusal("navn@eksempel")).contains("invalid");
		assertThat(FollowRules.addressRefusal(" Navn@Eksempel.DK ")).isEmpty();
		assertThat(FollowRules.normalisedAddress(" Navn@Eksempel.DK ")).isEqualTo("navn@eksempel.dk");
	}

	@Test
	void searchWordsAreNeededAndBounded() {
		assertThat(FollowRules.wordsRefusal(" ")).contains("required");
		assertThat(FollowRules.wordsRefusal("a".repeat(201))).contains("too-long");
		assertThat(FollowRules.wordsRefusal("skolevej")).isEmpty();
	}

	@Property
	void signUpsStopAtTheHourlyLimit(@ForAll @IntRange(min = 0, max = 100) int recent) {
		assertThat(FollowRules.signupAllowed(recent)).isEqualTo(recent < FollowRules.MAX_SIGNUPS_PER_HOUR);
	}
}
