package dk.traedesten.committeealerts.internal;

import dk.traedesten.committeealerts.CommitteeAlerts;
import dk.traedesten.committees.MeetingPublished;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Tells the followers once an agenda or minutes are out. It runs after the publication commits, on another thread,
 * and the event publication registry keeps the event until the mails are queued, so a failure is retried.
 */
@Component
class PublicationListener {

	private final CommitteeAlerts alerts;

	PublicationListener(CommitteeAlerts alerts) {
		this.alerts = alerts;
	}

	// No transaction of the listener's own: it would take its connection before the platform scope is set.
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(MeetingPublished event) {
		alerts.notify(event);
	}
}
