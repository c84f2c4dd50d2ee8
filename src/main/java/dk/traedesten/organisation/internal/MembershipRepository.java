package dk.traedesten.organisation.internal;

import java.util.List;
import java.util.UUID;

import dk.traedesten.organisation.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MembershipRepository {

	public record Membership(UUID id, UUID personId, Role role, UUID unitId, String unitName) {
	}

	private final JdbcClient jdbc;

	MembershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Membership> ofPerson(UUID personId) {
		return jdbc.sql("""
				select m.id, m.person_id, m.role, m.unit_id, u.name as unit_name
				from membership m left join unit u on u.id = m.unit_id
				where m.person_id = :person order by m.role, u.name""")
			.param("person", personId).query(Membership.class).list();
	}

	public UUID grant(Integer municipalityCode, UUID personId, Role role, UUID unitId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into membership (id, municipality_code, person_id, role, unit_id)
				values (:id, :code, :person, :role, :unit)""")
			.param("id", id).param("code", municipalityCode).param("person", personId).param("role", role.name())
			.param("unit", unitId).update();
		return id;
	}

	public boolean revoke(UUID personId, UUID membershipId) {
		return jdbc.sql("delete from membership where id = :id and person_id = :person")
			.param("id", membershipId).param("person", personId).update() == 1;
	}
}
