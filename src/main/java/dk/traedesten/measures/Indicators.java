package dk.traedesten.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.spc.ChartType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's indicators, read under row-level security. */
@Service
@Transactional(readOnly = true)
public class Indicators {

	static final String COLUMNS = "id, municipality_code, name, description, kind, direction, unit, chart_override, template";

	private final JdbcClient jdbc;

	Indicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Indicator> all() {
		return jdbc.sql("select " + COLUMNS + " from indicator order by name").query(Indicators::indicator).list();
	}

	public Optional<Indicator> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from indicator where id = :id")
			.param("id", id)
			.query(Indicators::indicator)
			.optional();
	}

	/** Adds the indicator for its municipality; returns its id. The name is unique within the municipality. */
	@Transactional
	public UUID add(Indicator indicator) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into indicator (id, municipality_code, name, description, kind, direction, unit, chart_override, template)
				values (:id, :code, :name, :description, :kind, :direction, :unit, :chart, :template)""")
			.param("id", id)
			.param("code", indicator.municipalityCode())
			.param("name", indicator.name())
			.param("description", indicator.description())
			.param("kind", indicator.kind().name())
			.param("direction", indicator.direction().name())
			.param("unit", indicator.unit())
			.param("chart", indicator.chartOverride() == null ? null : indicator.chartOverride().name())
			.param("template", indicator.template() == null ? null : indicator.template().name())
			.update();
		return id;
	}

	/**
	 * Changes the indicator's name, description, kind, direction, unit and chart override; its template stays.
	 * Returns false when there is no such indicator (or it is another municipality's).
	 */
	@Transactional
	public boolean update(Indicator indicator) {
		return jdbc.sql("""
				update indicator set name = :name, description = :description, kind = :kind, direction = :direction,
				                     unit = :unit, chart_override = :chart
				where id = :id""")
			.param("id", indicator.id())
			.param("name", indicator.name())
			.param("description", indicator.description())
			.param("kind", indicator.kind().name())
			.param("direction", indicator.direction().name())
			.param("unit", indicator.unit())
			.param("chart", indicator.chartOverride() == null ? null : indicator.chartOverride().name())
			.update() == 1;
	}

	/** How many series measure the indicator: its kind cannot change under them. */
	public int seriesCount(UUID id) {
		return jdbc.sql("select count(*) from measure_series where indicator_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	static Indicator indicator(ResultSet rs, int row) throws SQLException {
		String chart = rs.getString("chart_override");
		String template = rs.getString("template");
		return new Indicator(rs.getObject("id", UUID.class), rs.getInt("municipality_code"), rs.getString("name"),
				rs.getString("description"), IndicatorKind.valueOf(rs.getString("kind")),
				Direction.valueOf(rs.getString("direction")), rs.getString("unit"),
				chart == null ? null : ChartType.valueOf(chart),
				template == null ? null : IndicatorTemplate.valueOf(template));
	}
}
