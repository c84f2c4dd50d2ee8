package dk.traedesten.trials.followup;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the trial reminders once a day at 06:00 through db-scheduler, so only one instance sends when several run.
 * "Today" comes from {@link FollowUpClock}.
 */
@Configuration(proxyBeanMethods = false)
class ReminderSchedule {

	@Bean
	RecurringTask<Void> trialReminderTask(TrialReminders reminders, FollowUpClock clock) {
		return Tasks.recurring("trial-reminders", Schedules.daily(LocalTime.of(6, 0)))
			.execute((instance, context) -> reminders.sendDue(clock.today()));
	}
}
