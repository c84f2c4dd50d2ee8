package dk.traedesten.trials.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.organisation.UnitKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation as the trials module needs it: the municipality's units, who leads and works in them, and
 * whom to mail. Read-only, and scoped to the current municipality by row-level security.
 */
@Repository
public class TrialPeopleQuery {

	public record UnitRow(UUID id, String name, UnitKind kind) {
	}

	public record PersonRow(UUID id, String name, String email, String jobTitle) {
	}

	private final JdbcClient jdbc;

	TrialPeopleQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<UnitRow> units() {
		return jdbc.sql("select id, name, kind from unit order by name").query(UnitRow.class).list();
	}

	public List<UnitRow> unitsOf(int municipalityCode) {
		return jdbc.sql("select id, name, kind from unit where municipality_code = :code order by name")
			.param("code", municipalityCode)
			.query(UnitRow.class)
			.list();
	}

	public Optional<UnitRow> unit(UUID id) {
		return jdbc.sql("select id, name, kind from unit where id = :id").param("id", id).query(UnitRow.class).optional();
	}

	/** The first unit the person works in or leads: the lead unit of the applications they start. */
	public Optional<UUID> homeUnit(UUID personId) {
		return jdbc.sql("""
				select unit_id from membership where person_id = :person and unit_id is not null
				  and role in ('STAFF', 'UNIT_LEADER') order by role = 'STAFF' desc, unit_id limit 1""")
			.param("person", personId)
			.query(UUID.class)
			.optional();
	}

	public Optional<PersonRow> person(UUID id) {
		return jdbc.sql("select id, name, email, job_title from person where id = :id")
			.param("id", id)
			.query(PersonRow.class)
			.optional();
	}

	public List<PersonRow> leadersOf(UUID unitId) {
		return membersOf(unitId, "UNIT_LEADER");
	}

	/** Staff and leaders of the units, for naming people on an application. */
	public List<PersonRow> peopleOf(List<UUID> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct p.id, p.name, p.email, p.job_title from person p join membership m on m.person_id = p.id
				where m.unit_id in (:units) order by p.name""")
			.param("units", unitIds)
			.query(PersonRow.class)
			.list();
	}

	public boolean holds(UUID personId, UUID unitId, String role) {
		return jdbc.sql("select count(*) from membership where person_id = :person and unit_id = :unit and role = :role")
			.param("person", personId)
			.param("unit", unitId)
			.param("role", role)
			.query(Integer.class)
			.single() > 0;
	}

	public boolean worksIn(UUID personId, UUID unitId) {
		return holds(personId, unitId, "STAFF") || holds(personId, unitId, "UNIT_LEADER");
	}

	private List<PersonRow> membersOf(UUID unitId, String role) {
		return jdbc.sql("""
				select p.id, p.name, p.email, p.job_title from person p join membership m on m.person_id = p.id
				where m.unit_id = :unit and m.role = :role order by p.name""")
			.param("unit", unitId)
			.param("role", role)
			.query(PersonRow.class)
			.list();
	}
}
