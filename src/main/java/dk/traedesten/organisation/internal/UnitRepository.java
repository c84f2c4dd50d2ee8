package dk.traedesten.organisation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.organisation.UnitKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units of the current tenant; row-level security keeps other municipalities' units out of every query. */
@Repository
public class UnitRepository {

	public record Unit(UUID id, int municipalityCode, UUID areaId, String areaName, String name, UnitKind kind) {
	}

	/** Optional filters for the unit list. */
	public record Filter(String text, UnitKind kind, UUID areaId) {
	}

	private static final String SELECT = """
			select u.id, u.municipality_code, u.area_id, a.name as area_name, u.name, u.kind
			from unit u left join area a on a.id = u.area_id
			""";

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Unit> find(Filter filter) {
		String text = filter.text() == null || filter.text().isBlank() ? null : "%" + filter.text().trim() + "%";
		return jdbc.sql(SELECT + """
				where (cast(:text as text) is null or u.name ilike :text)
				  and (cast(:kind as text) is null or u.kind = :kind)
				  and (cast(:area as uuid) is null or u.area_id = :area)
				order by u.name""")
			.param("text", text)
			.param("kind", filter.kind() == null ? null : filter.kind().name())
			.param("area", filter.areaId())
			.query(Unit.class)
			.list();
	}

	public int count() {
		return jdbc.sql("select count(*) from unit").query(Integer.class).single();
	}

	public Optional<Unit> find(UUID id) {
		return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(Unit.class).optional();
	}

	public UUID create(int municipalityCode, String name, UnitKind kind, UUID areaId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into unit (id, municipality_code, name, kind, area_id) values (:id, :code, :name, :kind, :area)")
			.param("id", id).param("code", municipalityCode).param("name", name).param("kind", kind.name())
			.param("area", areaId).update();
		return id;
	}

	public boolean update(UUID id, String name, UnitKind kind, UUID areaId) {
		return jdbc.sql("update unit set name = :name, kind = :kind, area_id = :area where id = :id")
			.param("name", name).param("kind", kind.name()).param("area", areaId).param("id", id).update() == 1;
	}
}
