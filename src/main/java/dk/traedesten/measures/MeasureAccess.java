package dk.traedesten.measures;

import java.util.UUID;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.organisation.Role;
import dk.traedesten.trials.TrialAccess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change measures. A trial's series belong to its team (participants, staff and leaders of its
 * units), who enter the data and see every number; others who may read the trial see it with small groups
 * suppressed. A unit's series belong to the unit's staff and leaders; other users of the municipality see them
 * suppressed. Indicators are the strategy coordinator's. Another municipality's rows are hidden by row-level
 * security before these rules are asked.
 */
@Service
@Transactional(readOnly = true)
public class MeasureAccess {

	private final TrialAccess trials;

	private final JdbcClient jdbc;

	MeasureAccess(TrialAccess trials, JdbcClient jdbc) {
		this.trials = trials;
		this.jdbc = jdbc;
	}

	public boolean canRead(Series series) {
		SignedInUser user = TrialAccess.signedInUser();
		if (user == null || user.municipalityCode() == null || user.municipalityCode() != series.municipalityCode()) {
			return false;
		}
		return series.trialId() == null || trials.canRead(series.trialId());
	}

	/** The group's own team: sees small groups unsuppressed, enters data and notes. */
	public boolean inTeam(Series series) {
		if (!canRead(series)) {
			return false;
		}
		if (series.trialId() != null) {
			return trials.canWork(series.trialId());
		}
		return series.unitId() != null && worksIn(TrialAccess.signedInUser().personId(), series.unitId());
	}

	public boolean canEdit(Series series) {
		return inTeam(series);
	}

	/** New series for a trial are made by its team. */
	public boolean canAddSeriesTo(UUID trialId) {
		return trials.canWork(trialId);
	}

	/** New series for a unit are made by its staff and leaders, or the coordinator. */
	public boolean canAddSeriesToUnit(UUID unitId) {
		SignedInUser user = TrialAccess.signedInUser();
		return user != null && user.municipalityCode() != null
				&& (user.holds(Role.STRATEGY_COORDINATOR) || worksIn(user.personId(), unitId));
	}

	public boolean canManageIndicators() {
		SignedInUser user = TrialAccess.signedInUser();
		return user != null && user.municipalityCode() != null && user.holds(Role.STRATEGY_COORDINATOR);
	}

	private boolean worksIn(UUID personId, UUID unitId) {
		return jdbc.sql("select count(*) from membership where person_id = :person and unit_id = :unit"
				+ " and role in ('STAFF', 'UNIT_LEADER')")
			.param("person", personId)
			.param("unit", unitId)
			.query(Integer.class)
			.single() > 0;
	}
}
