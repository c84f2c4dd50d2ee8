package dk.traedesten.trials.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

class FollowUpClockTests {

	@Test
	void todayComesFromTheApplicationsClockWhenThereIsOne() {
		Clock fixed = Clock.fixed(Instant.parse("2027-02-14T23:30:00Z"), ZoneId.of("Europe/Copenhagen"));
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("clock", fixed));
		assertThat(new FollowUpClock(beans.getBeanProvider(Clock.class)).today()).isEqualTo(LocalDate.of(2027, 2, 15));
	}

	@Test
	void withoutAClockTodayIsTheSystemsDate() {
		StaticListableBeanFactory none = new StaticListableBeanFactory();
		assertThat(new FollowUpClock(none.getBeanProvider(Clock.class)).today()).isEqualTo(LocalDate.now());
	}
}
