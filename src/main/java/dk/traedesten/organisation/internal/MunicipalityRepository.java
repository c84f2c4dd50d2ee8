package dk.traedesten.organisation.internal;

import java.util.List;
import java.util.Optional;

import dk.traedesten.organisation.Municipality;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MunicipalityRepository {

	/** A municipality with its latest known population, as the list page shows it. */
	public record Row(Municipality municipality, Integer population, Integer populationYear, String populationSource) {
	}

	private static final String SELECT = """
			select m.code, m.name, m.region, m.island, m.tenant, p.population, p.year, p.source
			from municipality m
			left join lateral (select population, year, source from municipality_population mp
			                   where mp.municipality_code = m.code order by year desc limit 1) p on true
			""";

	private final JdbcClient jdbc;

	MunicipalityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> findAll() {
		return jdbc.sql(SELECT + " order by m.name").query((rs, n) -> new Row(
				new Municipality(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)),
				(Integer) rs.getObject(6), (Integer) rs.getObject(7), rs.getString(8))).list();
	}

	public Optional<Row> find(int code) {
		return jdbc.sql(SELECT + " where m.code = :code").param("code", code).query((rs, n) -> new Row(
				new Municipality(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)),
				(Integer) rs.getObject(6), (Integer) rs.getObject(7), rs.getString(8))).optional();
	}

	public List<Municipality> all() {
		return findAll().stream().map(Row::municipality).toList();
	}

	public void updateIsland(int code, boolean island) {
		jdbc.sql("update municipality set island = :island where code = :code")
			.param("island", island).param("code", code).update();
	}

	public void markTenant(int code) {
		jdbc.sql("update municipality set tenant = true where code = :code and not tenant").param("code", code).update();
	}
}
