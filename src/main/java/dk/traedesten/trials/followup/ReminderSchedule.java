package dk.traedesten.trials.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the trial reminders once a day at 06:00 through db-scheduler, so only one instance sends when several run.
 * "Today" comes from the application's {@link Clock} when one is defined (tests set it), else the system clock.
 */
@Configuration(proxyBeanMethods = false)
class ReminderSchedule {

	@Bean
	RecurringTask<Void> trialReminderTask(TrialReminders reminders, ObjectProvider<Clock> clock) {
		return Tasks.recurring("trial-reminders", Schedules.daily(LocalTime.of(6, 0)))
			.execute((instance, context) -> reminders
				.sendDue(LocalDate.now(clock.getIfAvailable(Clock::systemDefaultZone))));
	}
}
