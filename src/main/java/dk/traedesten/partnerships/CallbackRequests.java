package dk.traedesten.partnerships;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.stream.Collectors;

import dk.traedesten.organisation.Municipality;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.partnerships.internal.CallbackRepository;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Ring mig op": a visitor's request to be phoned, the organisers' queue (assign to a colleague, mark done) and the
 * deletion of requests older than the retention period.
 */
@Service
public class CallbackRequests {

	/** The audit trail's actor for a visitor's request and for the nightly deletion. */
	static final String ACTOR = "ring-mig-op";

	private final CallbackRepository callbacks;

	private final OrganisationDirectory directory;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final PartnershipProperties settings;

	CallbackRequests(CallbackRepository callbacks, OrganisationDirectory directory, TransactionTemplate transaction,
			Clock clock, PartnershipProperties settings) {
		this.callbacks = callbacks;
		this.directory = directory;
		this.transaction = transaction;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Stores a checked request. The visitor is not signed in and the queue is the organisers', so it is written in
	 * the system scope: one insert of the checked values, nothing else.
	 */
	public UUID submit(NewCallback request) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		TenantScope.asSystem(ACTOR, () -> transaction.executeWithoutResult(status -> callbacks.insert(id, request, now)));
		return id;
	}

	/** The queue; empty for anyone who organises no partnership. */
	public List<Callback> queue() {
		Map<UUID, String> names = colleagues().stream()
			.collect(Collectors.toMap(Colleague::personId, Colleague::name, (a, b) -> a));
		Map<Integer, String> municipalities = directory.municipalities().stream()
			.collect(Collectors.toMap(Municipality::code, Municipality::name));
		return transaction.execute(status -> callbacks.queue()).stream()
			.map(row -> new Callback(row.id(), row.name(), row.callerMunicipalityCode(),
					municipalities.getOrDefault(row.callerMunicipalityCode(), ""), row.phone(), row.topic(),
					row.preferredTime(), row.createdAt().toInstant(), row.assignedTo(),
					row.assignedTo() == null ? null : names.getOrDefault(row.assignedTo(), ""),
					row.doneAt() == null ? null : row.doneAt().toInstant()))
			.toList();
	}

	/** The organisers a request can be given to. */
	public List<Colleague> colleagues() {
		return transaction.execute(status -> callbacks.colleagues());
	}

	/**
	 * Gives the request to a colleague.
	 * @return false when the caller cannot see the request or the person is no colleague
	 */
	public boolean assign(UUID id, UUID personId) {
		if (colleagues().stream().noneMatch(colleague -> colleague.personId().equals(personId))) {
			return false;
		}
		return transaction.execute(status -> callbacks.assign(id, personId)) == 1;
	}

	/** @return false when the caller cannot see the request */
	public boolean markDone(UUID id) {
		return transaction.execute(status -> callbacks.markDone(id, clock.instant())) == 1;
	}

	/** Deletes every request sent longer ago than the retention period; the nightly job calls it. */
	public int deleteExpired() {
		Instant cutoff = clock.instant().minus(Duration.ofDays(settings.callbackRetentionDays()));
		return TenantScope.asSystem(ACTOR, () -> transaction.execute(status -> callbacks.deleteSentBefore(cutoff)));
	}

	public int retentionDays() {
		return settings.callbackRetentionDays();
	}

}
