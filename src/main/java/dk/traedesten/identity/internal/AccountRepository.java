package dk.traedesten.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

	public record Account(UUID id, UUID personId, Integer municipalityCode, String email, String passwordHash,
			String oidcIssuer, String oidcSubject, boolean enabled) {
	}

	private static final String SELECT = """
			select id, person_id, municipality_code, email, password_hash, oidc_issuer, oidc_subject, enabled
			from account\s""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> findByEmail(String email) {
		return jdbc.sql(SELECT + "where email = :email").param("email", email.strip().toLowerCase())
			.query(Account.class).optional();
	}

	public Optional<Account> findByOidc(String issuer, String subject) {
		return jdbc.sql(SELECT + "where oidc_issuer = :issuer and oidc_subject = :subject")
			.param("issuer", issuer).param("subject", subject).query(Account.class).optional();
	}

	public Optional<Account> find(UUID id) {
		return jdbc.sql(SELECT + "where id = :id").param("id", id).query(Account.class).optional();
	}

	public Optional<Account> findByPerson(UUID personId) {
		return jdbc.sql(SELECT + "where person_id = :person").param("person", personId).query(Account.class).optional();
	}

	public UUID create(UUID personId, Integer municipalityCode, String email, String passwordHash) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into account (id, person_id, municipality_code, email, password_hash)
				values (:id, :person, :code, :email, :hash)""")
			.param("id", id).param("person", personId).param("code", municipalityCode)
			.param("email", email.strip().toLowerCase()).param("hash", passwordHash).update();
		return id;
	}

	public void setPassword(UUID id, String passwordHash) {
		jdbc.sql("update account set password_hash = :hash where id = :id").param("hash", passwordHash).param("id", id)
			.update();
	}

	public void linkOidc(UUID id, String issuer, String subject) {
		jdbc.sql("update account set oidc_issuer = :issuer, oidc_subject = :subject where id = :id")
			.param("issuer", issuer).param("subject", subject).param("id", id).update();
	}

	public void recordSignIn(UUID id) {
		jdbc.sql("update account set last_sign_in_at = now() where id = :id").param("id", id).update();
	}
}
