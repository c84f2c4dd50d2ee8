package dk.traedesten.organisation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Areas of the current tenant; row-level security keeps other municipalities' areas out of every query. */
@Repository
public class AreaRepository {

	public record Area(UUID id, int municipalityCode, String name, int unitCount) {
	}

	private final JdbcClient jdbc;

	AreaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Area> findAll() {
		return jdbc.sql("""
				select a.id, a.municipality_code, a.name, (select count(*) from unit u where u.area_id = a.id) as unit_count
				from area a order by a.name""").query(Area.class).list();
	}

	public Optional<Area> find(UUID id) {
		return jdbc.sql("""
				select a.id, a.municipality_code, a.name, (select count(*) from unit u where u.area_id = a.id) as unit_count
				from area a where a.id = :id""").param("id", id).query(Area.class).optional();
	}

	public UUID create(int municipalityCode, String name) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into area (id, municipality_code, name) values (:id, :code, :name)")
			.param("id", id).param("code", municipalityCode).param("name", name).update();
		return id;
	}

	public boolean rename(UUID id, String name) {
		return jdbc.sql("update area set name = :name where id = :id").param("name", name).param("id", id).update() == 1;
	}
}
