package dk.traedesten.measures;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.measures.internal.PointStore;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Series, their points and notes, read and written under row-level security. */
@Service
@Transactional(readOnly = true)
public class MeasureSeries {

	private static final String SERIES = """
			select s.id as s_id, s.municipality_code as s_code, s.trial_id, s.unit_id, s.group_label, s.period,
			       s.child_count, s.target, i.id, i.municipality_code, i.name, i.description, i.kind, i.direction,
			       i.unit, i.chart_override, i.template
			from measure_series s join indicator i on i.id = s.indicator_id""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final PointStore points;

	MeasureSeries(JdbcClient jdbc, ApplicationEventPublisher events, PointStore points) {
		this.jdbc = jdbc;
		this.events = events;
		this.points = points;
	}

	public Optional<Series> find(UUID id) {
		return jdbc.sql(SERIES + " where s.id = :id").param("id", id).query(MeasureSeries::series).optional();
	}

	public List<Series> ofTrial(UUID trialId) {
		return jdbc.sql(SERIES + " where s.trial_id = :trial order by i.name, s.group_label")
			.param("trial", trialId)
			.query(MeasureSeries::series)
			.list();
	}

	public List<Series> all() {
		return jdbc.sql(SERIES + " order by i.name, s.group_label").query(MeasureSeries::series).list();
	}

	/** The points in time order. */
	public List<SeriesPoint> points(UUID seriesId) {
		return jdbc.sql("""
				select period_start, value, denominator, children, baseline, phase_start from measure_point
				where series_id = :series order by period_start""")
			.param("series", seriesId)
			.query((rs, i) -> new SeriesPoint(rs.getObject("period_start", LocalDate.class),
					rs.getObject("value", Double.class), rs.getObject("denominator", Double.class),
					rs.getObject("children", Integer.class), rs.getBoolean("baseline"), rs.getBoolean("phase_start")))
			.list();
	}

	public List<SeriesNote> notes(UUID seriesId) {
		return jdbc.sql("select id, period_start, text, pdsa_cycle_id from measure_note where series_id = :series"
				+ " order by period_start, created_at")
			.param("series", seriesId)
			.query((rs, i) -> new SeriesNote(rs.getObject("id", UUID.class), rs.getObject("period_start", LocalDate.class),
					rs.getString("text"), rs.getObject("pdsa_cycle_id", UUID.class)))
			.list();
	}

	/** Adds the series; returns its id. */
	@Transactional
	public UUID add(Series series, UUID createdBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into measure_series (id, municipality_code, indicator_id, trial_id, unit_id, group_label, period,
				                            child_count, target, created_by)
				values (:id, :code, :indicator, :trial, :unit, :label, :period, :children, :target, :createdBy)""")
			.param("id", id)
			.param("code", series.municipalityCode())
			.param("indicator", series.indicator().id())
			.param("trial", series.trialId())
			.param("unit", series.unitId())
			.param("label", series.groupLabel())
			.param("period", series.period().name())
			.param("children", series.childCount())
			.param("target", series.target())
			.param("createdBy", createdBy)
			.update();
		return id;
	}

	/**
	 * Replaces all the series' points at once (an import or the grid is all or nothing), records the change on
	 * the series for the audit trail, and publishes {@link SeriesDataChanged} in the same transaction.
	 * {@code change} says what happened in the user's words, e.g. "Import af fravaer.csv: 52 rækker".
	 */
	@Transactional
	public void replacePoints(Series series, List<SeriesPoint> pointsToWrite, String change) {
		points.replace(series, pointsToWrite);
		markChanged(series, change);
		events.publishEvent(new SeriesDataChanged(series.id(), series.municipalityCode()));
	}

	/** Records a change to the points on the series row, which the audit trail keeps. */
	@Transactional
	public void markChanged(Series series, String change) {
		jdbc.sql("update measure_series set data_change = :change, data_changed_at = now(), updated_at = now()"
				+ " where id = :id")
			.param("change", change)
			.param("id", series.id())
			.update();
	}

	@Transactional
	public UUID addNote(Series series, LocalDate periodStart, String text, UUID pdsaCycleId, UUID createdBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into measure_note (id, municipality_code, series_id, period_start, text, pdsa_cycle_id, created_by)
				values (:id, :code, :series, :start, :text, :cycle, :createdBy)""")
			.param("id", id)
			.param("code", series.municipalityCode())
			.param("series", series.id())
			.param("start", Date.valueOf(periodStart))
			.param("text", text)
			.param("cycle", pdsaCycleId)
			.param("createdBy", createdBy)
			.update();
		return id;
	}

	/** The notes of the series that this person wrote (they may delete them). */
	public Set<UUID> notesWrittenBy(UUID seriesId, UUID personId) {
		return Set.copyOf(jdbc.sql("select id from measure_note where series_id = :series and created_by = :person")
			.param("series", seriesId)
			.param("person", personId)
			.query(UUID.class)
			.list());
	}

	/** Deletes the note if this person wrote it; false when there is no such note of theirs on the series. */
	@Transactional
	public boolean deleteNote(Series series, UUID noteId, UUID personId) {
		return jdbc.sql("delete from measure_note where id = :id and series_id = :series and created_by = :person")
			.param("id", noteId)
			.param("series", series.id())
			.param("person", personId)
			.update() == 1;
	}

	static Series series(ResultSet rs, int row) throws SQLException {
		return new Series(rs.getObject("s_id", UUID.class), rs.getInt("s_code"), Indicators.indicator(rs, row),
				rs.getObject("trial_id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("group_label"),
				Period.valueOf(rs.getString("period")), rs.getInt("child_count"), rs.getObject("target", Double.class));
	}
}
