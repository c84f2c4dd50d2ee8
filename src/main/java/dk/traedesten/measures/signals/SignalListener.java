package dk.traedesten.measures.signals;

import dk.traedesten.measures.SeriesDataChanged;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a series for new signals after its points changed and were committed. The check runs on another
 * thread, outside the request that made the change, so it takes the series' municipality as its tenant scope
 * and opens its own transaction inside that scope (the scope is read when the connection is taken). The event
 * publication registry keeps the event until the check has succeeded, so a failed check is retried on restart.
 */
@Component
class SignalListener {

	static final String ACTOR = "signaler";

	private final SignalNotices notices;

	private final TransactionTemplate transaction;

	SignalListener(SignalNotices notices, TransactionTemplate transaction) {
		this.notices = notices;
		this.transaction = transaction;
	}

	// No transaction of the listener's own: it would take its connection before the tenant scope is set.
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SeriesDataChanged event) {
		TenantScope.asTenant(event.municipalityCode(), ACTOR,
				() -> transaction.execute(status -> notices.tell(event.seriesId())));
	}
}
