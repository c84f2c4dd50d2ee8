package dk.traedesten.mail.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the outbox dispatcher through db-scheduler, so only one instance sends when several run. */
@Configuration(proxyBeanMethods = false)
class OutboxSchedule {

	@Bean
	RecurringTask<Void> mailOutboxTask(OutboxDispatcher dispatcher,
			@Value("${traedesten.mail.dispatch-interval:PT10S}") Duration interval) {
		return Tasks.recurring("mail-outbox", FixedDelay.of(interval)).execute((instance, context) -> dispatcher.dispatch());
	}
}
