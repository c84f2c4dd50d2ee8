package dk.traedesten.organisation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.organisation.OrganisationKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations outside the municipalities. Everyone reads them; row-level security lets only the platform write. */
@Repository
public class OrganisationRepository {

	public record Organisation(UUID id, String name, OrganisationKind kind, Integer municipalityCode,
			String municipalityName) {
	}

	private static final String SELECT = """
			select o.id, o.name, o.kind, o.municipality_code, m.name as municipality_name
			from organisation o left join municipality m on m.code = o.municipality_code
			""";

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Organisation> findAll() {
		return jdbc.sql(SELECT + " order by lower(o.name)").query(Organisation.class).list();
	}

	public Optional<Organisation> find(UUID id) {
		return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(Organisation.class).optional();
	}

	/** True when another organisation has the name, whatever its case. */
	public boolean nameTaken(String name, UUID except) {
		return jdbc.sql("""
				select exists (select 1 from organisation
				               where lower(name) = lower(:name) and (cast(:except as uuid) is null or id <> :except))""")
			.param("name", name).param("except", except).query(Boolean.class).single();
	}

	public UUID create(String name, OrganisationKind kind, Integer municipalityCode) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into organisation (id, name, kind, municipality_code) values (:id, :name, :kind, :code)")
			.param("id", id).param("name", name).param("kind", kind.name()).param("code", municipalityCode).update();
		return id;
	}

	public boolean update(UUID id, String name, OrganisationKind kind, Integer municipalityCode) {
		return jdbc.sql("update organisation set name = :name, kind = :kind, municipality_code = :code where id = :id")
			.param("name", name).param("kind", kind.name()).param("code", municipalityCode).param("id", id)
			.update() == 1;
	}
}
