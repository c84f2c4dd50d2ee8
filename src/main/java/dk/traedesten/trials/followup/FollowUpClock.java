package dk.traedesten.trials.followup;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Today" for the follow-up: the reminders' day and the dates forms propose. It comes from the application's
 * {@link Clock} bean when one is defined (a test can set the day), else from the system clock.
 */
@Component
public class FollowUpClock {

	private final ObjectProvider<Clock> clock;

	FollowUpClock(ObjectProvider<Clock> clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.getIfAvailable(Clock::systemDefaultZone));
	}
}
