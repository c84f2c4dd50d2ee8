package dk.traedesten.organisation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People of the current tenant; row-level security keeps other municipalities' people out of every query. */
@Repository
public class PersonRepository {

	public record Person(UUID id, Integer municipalityCode, UUID organisationId, String name, String email,
			String jobTitle) {
	}

	private static final String SELECT = "select id, municipality_code, organisation_id, name, email, job_title from person ";

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Person> search(String text) {
		String pattern = text == null || text.isBlank() ? null : "%" + text.trim() + "%";
		return jdbc.sql(SELECT + """
				where cast(:text as text) is null or name ilike :text or email ilike :text
				order by name""").param("text", pattern).query(Person.class).list();
	}

	public int count() {
		return jdbc.sql("select count(*) from person").query(Integer.class).single();
	}

	public Optional<Person> find(UUID id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(Person.class).optional();
	}

	public Optional<Person> findByEmail(String email) {
		return jdbc.sql(SELECT + "where email = :email").param("email", email.trim().toLowerCase())
			.query(Person.class).optional();
	}

	public UUID create(Integer municipalityCode, UUID organisationId, String name, String email, String jobTitle) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into person (id, municipality_code, organisation_id, name, email, job_title)
				values (:id, :code, :organisation, :name, :email, :title)""")
			.param("id", id).param("code", municipalityCode).param("organisation", organisationId)
			.param("name", name).param("email", email.trim().toLowerCase()).param("title", jobTitle).update();
		return id;
	}

	public boolean update(UUID id, String name, String email, String jobTitle) {
		return jdbc.sql("update person set name = :name, email = :email, job_title = :title where id = :id")
			.param("name", name).param("email", email.trim().toLowerCase()).param("title", jobTitle).param("id", id)
			.update() == 1;
	}
}
