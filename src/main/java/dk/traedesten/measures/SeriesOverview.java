package dk.traedesten.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.organisation.Role;
import dk.traedesten.trials.TrialAccess;
import dk.traedesten.trials.TrialTeams;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The series the signed-in person may read, summarised with small groups suppressed outside the team, and the
 * places (trials, units) a series can belong to. Every number a list shows passes through here.
 */
@Service
@Transactional(readOnly = true)
public class SeriesOverview {

	/** A trial or unit by its id and name, for choices and headings. */
	public record Place(UUID id, String name) {
	}

	/** What the list is narrowed to; null fields do not narrow. */
	public record Filter(UUID trialId, UUID unitId, UUID indicatorId) {
	}

	private final MeasureSeries measures;

	private final MeasureAccess access;

	private final TrialTeams trials;

	private final JdbcClient jdbc;

	SeriesOverview(MeasureSeries measures, MeasureAccess access, TrialTeams trials, JdbcClient jdbc) {
		this.measures = measures;
		this.access = access;
		this.trials = trials;
		this.jdbc = jdbc;
	}

	/** The readable series matching the filter, grouped by trial (by title) and then by unit (by name). */
	public List<SeriesGroup> readable(Filter filter) {
		Map<UUID, String> titles = new HashMap<>();
		Map<UUID, List<SeriesSummary>> byPlace = new LinkedHashMap<>();
		for (Series series : measures.all()) {
			if (!matches(series, filter) || !access.canRead(series)) {
				continue;
			}
			UUID place = series.trialId() != null ? series.trialId() : series.unitId();
			String title = titles.computeIfAbsent(place, id -> series.trialId() != null ? trialTitle(id) : unitName(id).orElse(""));
			byPlace.computeIfAbsent(place, id -> new ArrayList<>()).add(summary(series, title));
		}
		List<SeriesGroup> groups = new ArrayList<>();
		byPlace.forEach((place, list) -> {
			Series first = list.get(0).series();
			groups.add(new SeriesGroup(first.trialId(), first.unitId(), titles.get(place), list));
		});
		groups.sort(Comparator.comparing((SeriesGroup group) -> group.trialId() == null)
			.thenComparing(SeriesGroup::title, String.CASE_INSENSITIVE_ORDER));
		return groups;
	}

	/** One series summarised for the signed-in reader (who may read it). */
	public SeriesSummary summary(Series series) {
		String place = series.trialId() != null ? trialTitle(series.trialId()) : unitName(series.unitId()).orElse("");
		return summary(series, place);
	}

	/** The trials among the readable series, for the filter. */
	public List<Place> trialsWithSeries() {
		Map<UUID, Place> places = new LinkedHashMap<>();
		for (Series series : measures.all()) {
			if (series.trialId() != null && !places.containsKey(series.trialId()) && access.canRead(series)) {
				places.put(series.trialId(), new Place(series.trialId(), trialTitle(series.trialId())));
			}
		}
		return places.values().stream().sorted(Comparator.comparing(Place::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/** The trials the signed-in person may add series to: those they work on. */
	public List<Place> trialsForNewSeries() {
		SignedInUser user = TrialAccess.signedInUser();
		return trials.workedOnBy(user.personId())
			.stream()
			.filter(trial -> access.canAddSeriesTo(trial.id()))
			.map(trial -> new Place(trial.id(), trial.title()))
			.toList();
	}

	/** The units the signed-in person may add series to: their own, or all the municipality's for the coordinator. */
	public List<Place> unitsForNewSeries() {
		SignedInUser user = TrialAccess.signedInUser();
		if (user.holds(Role.STRATEGY_COORDINATOR)) {
			return jdbc.sql("select id, name from unit order by name").query(Place.class).list();
		}
		return jdbc.sql("""
				select distinct u.id, u.name from unit u join membership m on m.unit_id = u.id
				where m.person_id = :person and m.role in ('STAFF', 'UNIT_LEADER') order by u.name""")
			.param("person", user.personId())
			.query(Place.class)
			.list();
	}

	/** The unit's name, if it is one of the municipality's. */
	public Optional<String> unitName(UUID unitId) {
		return jdbc.sql("select name from unit where id = :id").param("id", unitId).query(String.class).optional();
	}

	private SeriesSummary summary(Series series, String place) {
		List<SeriesPoint> points = measures.points(series.id());
		boolean inTeam = access.inTeam(series);
		boolean suppressed = !inTeam && SmallGroups.anySmall(series, points);
		SeriesPoint last = null;
		for (SeriesPoint point : points) {
			if (ShownValues.of(series.indicator().kind(), point).isPresent()) {
				last = point;
			}
		}
		Double value = last == null || suppressed ? null : ShownValues.of(series.indicator().kind(), last).orElse(null);
		return new SeriesSummary(series, place, points.size(), last == null ? null : last.periodStart(), value, suppressed,
				inTeam);
	}

	private String trialTitle(UUID trialId) {
		return trials.trial(trialId).map(TrialTeams.TrialRef::title).orElse("");
	}

	private static boolean matches(Series series, Filter filter) {
		return (filter.trialId() == null || filter.trialId().equals(series.trialId()))
				&& (filter.unitId() == null || filter.unitId().equals(series.unitId()))
				&& (filter.indicatorId() == null || filter.indicatorId().equals(series.indicator().id()));
	}
}
