package dk.traedesten.organisation.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PopulationRepository {

	public record Figure(int municipalityCode, int year, int population, String source) {
	}

	private final JdbcClient jdbc;

	PopulationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Figure> history(int municipalityCode) {
		return jdbc.sql("""
				select municipality_code, year, population, source from municipality_population
				where municipality_code = :code order by year desc""")
			.param("code", municipalityCode)
			.query(Figure.class)
			.list();
	}

	/** Saves the figure for its year, replacing an earlier figure for the same year. */
	public void save(Figure figure) {
		jdbc.sql("""
				insert into municipality_population (municipality_code, year, population, source)
				values (:municipalityCode, :year, :population, :source)
				on conflict (municipality_code, year)
				do update set population = excluded.population, source = excluded.source""")
			.paramSource(figure)
			.update();
	}
}
