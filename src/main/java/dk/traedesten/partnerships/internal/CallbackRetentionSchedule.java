package dk.traedesten.partnerships.internal;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dk.traedesten.partnerships.CallbackRequests;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deletes expired "ring mig op" requests every night at 02:30 through db-scheduler, once across instances. */
@Configuration(proxyBeanMethods = false)
class CallbackRetentionSchedule {

	@Bean
	RecurringTask<Void> callbackRetentionTask(CallbackRequests requests) {
		return Tasks.recurring("partnership-callback-retention", Schedules.daily(LocalTime.of(2, 30)))
			.execute((instance, context) -> requests.deleteExpired());
	}
}
