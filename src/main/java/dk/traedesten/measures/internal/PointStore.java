package dk.traedesten.measures.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesPoint;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a series' points, the one place the grid and every import go through. Points arrive in sets of up to a
 * million rows, so they are streamed with {@code COPY} into a temporary table and moved from there with one
 * {@code INSERT … SELECT}: PostgreSQL refuses {@code COPY FROM} into a table with row-level security, and the
 * {@code INSERT} lets the tenant policy check every row as it would for a plain insert.
 */
@Component
public class PointStore {

	private static final String STAGING = """
			create temporary table if not exists measure_point_staging (
			    period_start date, value double precision, denominator double precision, children integer,
			    baseline boolean, phase_start boolean) on commit delete rows""";

	private static final int BUFFER = 1 << 16;

	private final DataSource dataSource;

	PointStore(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Replaces every point of the series with the given ones, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void replace(Series series, List<SeriesPoint> points) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.execute(STAGING);
			statement.execute("truncate measure_point_staging");
			copy(connection.unwrap(PGConnection.class), points);
			try (var delete = connection.prepareStatement("delete from measure_point where series_id = ?")) {
				delete.setObject(1, series.id());
				delete.executeUpdate();
			}
			try (var insert = connection.prepareStatement("""
					insert into measure_point (id, municipality_code, series_id, period_start, value, denominator,
					                           children, baseline, phase_start)
					select gen_random_uuid(), ?, ?, period_start, value, denominator, children, baseline, phase_start
					from measure_point_staging""")) {
				insert.setInt(1, series.municipalityCode());
				insert.setObject(2, series.id());
				insert.executeUpdate();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not write the points of series " + series.id(), ex);
		}
	}

	private static void copy(PGConnection connection, List<SeriesPoint> points) throws SQLException {
		CopyIn copy = connection.getCopyAPI()
			.copyIn("copy measure_point_staging (period_start, value, denominator, children, baseline, phase_start)"
					+ " from stdin");
		try {
			StringBuilder rows = new StringBuilder(BUFFER + 256);
			for (SeriesPoint point : points) {
				rows.append(point.periodStart()).append('\t');
				field(rows, point.value()).append('\t');
				field(rows, point.denominator()).append('\t');
				field(rows, point.children()).append('\t');
				rows.append(point.baseline() ? 't' : 'f').append('\t');
				rows.append(point.phaseStart() ? 't' : 'f').append('\n');
				if (rows.length() >= BUFFER) {
					write(copy, rows);
				}
			}
			write(copy, rows);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static StringBuilder field(StringBuilder rows, Object value) {
		return value == null ? rows.append("\\N") : rows.append(value);
	}

	private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		rows.setLength(0);
	}
}
