package dk.traedesten.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database itself keeps municipalities apart: a connection scoped to København sees none of Stevns' rows
 * and cannot write rows for Stevns, whatever SQL it runs.
 */
@SpringBootTest
@AutoConfigureMockMvc // unused here, but it keeps this class on the context the web tests share
class RowLevelSecurityTests {

	static final int STEVNS = 336;

	static final int KOEBENHAVN = 101;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "unit", "person", "area", "membership", "account", "audit_event" })
	void aMunicipalitySeesNoneOfAnotherMunicipalitysRows(String table) {
		String countStevns = "select count(*) from " + table + " where municipality_code = " + STEVNS;
		assertThat(TenantScope.asSystem("test", () -> count(countStevns))).as("Stevns has %s rows", table)
			.isPositive();
		assertThat(TenantScope.asTenant(KOEBENHAVN, "test", () -> count(countStevns))).isZero();
		assertThat(TenantScope.asTenant(KOEBENHAVN, "test", () -> jdbc
			.sql("select distinct municipality_code from " + table)
			.query(Integer.class)
			.list())).containsOnly(KOEBENHAVN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "unit", "person", "area", "membership", "account", "audit_event" })
	void aConnectionWithoutATenantSeesNoTenantRows(String table) {
		assertThat(count("select count(*) from " + table + " where municipality_code is not null")).isZero();
	}

	@Test
	void aMunicipalityCannotInsertUnitsAreasOrPeopleForAnotherMunicipality() {
		List<String> inserts = List.of(
				"insert into area (id, municipality_code, name) values ('" + UUID.randomUUID() + "', 336, 'Indsmuglet')",
				"insert into unit (id, municipality_code, name, kind) values ('" + UUID.randomUUID()
						+ "', 336, 'Indsmuglet', 'SCHOOL')",
				"insert into person (id, municipality_code, name, email) values ('" + UUID.randomUUID()
						+ "', 336, 'Indsmuglet', 'indsmuglet@stevns.demo')");
		for (String insert : inserts) {
			assertRefusedByRowLevelSecurity(() -> jdbc.sql(insert).update());
		}
	}

	@Test
	void aMunicipalityCannotGrantRolesOrCreateAccountsInAnotherMunicipality() {
		UUID ownPerson = TenantScope.asTenant(KOEBENHAVN, "test",
				() -> jdbc.sql("select id from person where email = 'medarbejder@kk.demo'").query(UUID.class).single());
		assertRefusedByRowLevelSecurity(() -> jdbc.sql("""
				insert into membership (id, municipality_code, person_id, role) values (:id, 336, :person, 'ADMINISTRATOR')""")
			.param("id", UUID.randomUUID()).param("person", ownPerson).update());
		assertRefusedByRowLevelSecurity(() -> jdbc.sql("""
				insert into account (id, person_id, municipality_code, email) values (:id, :person, 336, 'x@stevns.demo')""")
			.param("id", UUID.randomUUID()).param("person", ownPerson).update());
	}

	@Test
	void aMunicipalityCannotWriteIntoAnotherMunicipalitysAuditTrail() {
		assertRefusedByRowLevelSecurity(() -> jdbc.sql("""
				insert into audit_event (actor, municipality_code, table_name, operation) values ('x', 336, 'unit', 'INSERT')""")
			.update());
	}

	@Test
	void aMunicipalityCannotQueueMailInAnotherMunicipalitysName() {
		assertRefusedByRowLevelSecurity(() -> jdbc.sql("""
				insert into mail_outbox (id, municipality_code, recipient, subject, body)
				values (gen_random_uuid(), 336, 'a@stevns.demo', 'Emne', 'Tekst')""")
			.update());
	}

	@Test
	void aMunicipalityCannotMoveItsOwnRowsIntoAnotherMunicipality() {
		assertRefusedByRowLevelSecurity(() -> jdbc
			.sql("update unit set municipality_code = 336 where name = 'Sundbyøster Skole'")
			.update());
	}

	@Test
	void aMunicipalityCannotChangeOrDeleteAnotherMunicipalitysRows() {
		int changed = TenantScope.asTenant(KOEBENHAVN, "test", () -> jdbc
			.sql("update unit set name = name || ' (overtaget)' where municipality_code = 336")
			.update() + jdbc.sql("delete from membership where municipality_code = 336").update());
		assertThat(changed).isZero();
	}

	private void assertRefusedByRowLevelSecurity(Runnable write) {
		assertThatThrownBy(() -> TenantScope.asTenant(KOEBENHAVN, "test", () -> {
			write.run();
			return null;
		})).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("violates row-level security policy");
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}
}
