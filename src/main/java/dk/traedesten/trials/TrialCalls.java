package dk.traedesten.trials;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.trials.internal.CallRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for applications (issue 4, item 2): the coordinator opens and closes them; staff see the open ones and
 * apply. Who may call what is decided by the web layer's method security.
 */
@Service
@Transactional
public class TrialCalls {

	private final CallRepository calls;

	private final Strategies strategies;

	private final Clock clock;

	TrialCalls(CallRepository calls, Strategies strategies, Clock clock) {
		this.calls = calls;
		this.strategies = strategies;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TrialCall> all() {
		return calls.all();
	}

	/** Calls open for applications today. */
	@Transactional(readOnly = true)
	public List<TrialCall> open() {
		LocalDate today = today();
		return calls.all().stream().filter(call -> call.openOn(today)).toList();
	}

	@Transactional(readOnly = true)
	public Optional<TrialCall> find(UUID id) {
		return calls.find(id);
	}

	/**
	 * Creates a call in the current municipality, or in the given one when working as the system (demo data).
	 * @throws TrialRefusedException when the strategy is not the municipality's, or the dates or numbers are wrong
	 */
	public UUID create(Integer municipalityCode, TrialCall.Details details) {
		check(details);
		Integer code = municipalityCode != null ? municipalityCode : TenantScope.current().municipalityCode();
		if (code == null) {
			throw new TrialRefusedException(null, "trials.call.error.no-municipality");
		}
		return calls.create(code, details);
	}

	/** @return false when the call is not the municipality's */
	public boolean update(UUID id, TrialCall.Details details) {
		check(details);
		return calls.update(id, details);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private void check(TrialCall.Details details) {
		if (details.strategyId() == null || strategies.find(details.strategyId()).isEmpty()) {
			throw new TrialRefusedException("strategyId", "trials.call.error.strategy");
		}
		if (details.title() == null || details.title().isBlank()) {
			throw new TrialRefusedException("title", "trials.call.error.title");
		}
		if (details.opensOn() == null) {
			throw new TrialRefusedException("opensOn", "trials.call.error.opens");
		}
		if (details.closesOn() == null || details.closesOn().isBefore(details.opensOn())) {
			throw new TrialRefusedException("closesOn", "trials.call.error.closes");
		}
		if (details.targetCount() < 1 || details.targetCount() > 1000) {
			throw new TrialRefusedException("targetCount", "trials.call.error.target");
		}
		if (details.minimumUnits() < 1 || details.minimumUnits() > 20) {
			throw new TrialRefusedException("minimumUnits", "trials.call.error.minimum-units");
		}
		if (CprNumbers.containsCpr(details.title()) || CprNumbers.containsCpr(details.announcement())) {
			throw new TrialRefusedException(CprNumbers.containsCpr(details.title()) ? "title" : "announcement",
					"trials.cpr.refused");
		}
	}
}
