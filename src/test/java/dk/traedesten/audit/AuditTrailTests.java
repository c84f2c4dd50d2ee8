package dk.traedesten.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.UnitKind;
import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AuditTrailTests {

	static final int STEVNS = 336;

	static final int HERNING = 657;

	@Autowired
	OrganisationAdministration administration;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeToDomainDataRecordsWhoWhenAndTheRowBeforeAndAfter() {
		String name = "Revisionsskolen " + UUID.randomUUID();
		UUID unit = TenantScope.asTenant(STEVNS, "revisor@stevns.demo",
				() -> administration.addUnit(STEVNS, name, UnitKind.SCHOOL, null));
		TenantScope.asTenant(STEVNS, "omdoeber@stevns.demo", () -> jdbc
			.sql("update unit set name = :name where id = :id").param("name", name + " (ny)").param("id", unit).update());

		var events = TenantScope.asTenant(STEVNS, "læser",
				() -> trail.find(new AuditQuery("unit", null, null, null, null, 1)).events())
			.stream()
			.filter(event -> unit.toString().equals(event.rowId()))
			.toList();

		assertThat(events).hasSize(2);
		AuditEvent update = events.get(0);
		assertThat(update.operation()).isEqualTo("UPDATE");
		assertThat(update.actor()).isEqualTo("omdoeber@stevns.demo");
		assertThat(update.municipalityCode()).isEqualTo(STEVNS);
		assertThat(update.occurredAt()).isNotNull();
		assertThat(update.changes()).singleElement()
			.isEqualTo(new AuditEvent.FieldChange("name", name, name + " (ny)"));
		AuditEvent insert = events.get(1);
		assertThat(insert.operation()).isEqualTo("INSERT");
		assertThat(insert.actor()).isEqualTo("revisor@stevns.demo");
		assertThat(insert.before()).isNull();
		assertThat(insert.after()).containsEntry("name", name).containsEntry("kind", "SCHOOL");
	}

	@Test
	void theTrailCannotBeChangedOrDeletedEvenByThePlatform() {
		TenantScope.asTenant(STEVNS, "revisor@stevns.demo",
				() -> administration.addArea(STEVNS, "Revisionsområde " + UUID.randomUUID()));
		long newest = TenantScope.asSystem("test", () -> jdbc.sql("select max(id) from audit_event")
			.query(Long.class).single());

		assertThatThrownBy(() -> TenantScope.asSystem("test", () -> jdbc
			.sql("update audit_event set actor = 'nogen andre' where id = :id").param("id", newest).update()))
			.hasMessageContaining("audit_event");
		assertThatThrownBy(() -> TenantScope.asSystem("test", () -> jdbc
			.sql("delete from audit_event where id = :id").param("id", newest).update()))
			.hasMessageContaining("audit_event");
	}

	@Test
	void passwordHashesNeverEnterTheTrail() {
		long withHash = TenantScope.asSystem("test", () -> jdbc
			.sql("select count(*) from audit_event where table_name = 'account' and (after_data -> 'password_hash' is not null or before_data -> 'password_hash' is not null)")
			.query(Long.class).single());
		long accounts = TenantScope.asSystem("test", () -> jdbc
			.sql("select count(*) from audit_event where table_name = 'account'").query(Long.class).single());

		assertThat(accounts).as("demo accounts are audited").isPositive();
		assertThat(withHash).isZero();
	}

	@Test
	void aMunicipalityReadsOnlyItsOwnPartOfTheTrail() {
		String name = "Herning-hemmelighed " + UUID.randomUUID();
		TenantScope.asTenant(HERNING, "admin@herning.demo", () -> administration.addArea(HERNING, name));

		var stevnsView = TenantScope.asTenant(STEVNS, "admin@stevns.demo",
				() -> trail.find(new AuditQuery("area", null, null, null, null, 1)).events());
		var herningView = TenantScope.asTenant(HERNING, "admin@herning.demo",
				() -> trail.find(new AuditQuery("area", null, null, null, null, 1)).events());

		assertThat(stevnsView).extracting(AuditEvent::municipalityCode).containsOnly(STEVNS);
		assertThat(herningView).anySatisfy(event -> assertThat(event.after()).containsEntry("name", name));
	}

	@Test
	void filtersByActorAndOperationAndPagesNewestFirst() {
		String actor = "filter-" + UUID.randomUUID() + "@stevns.demo";
		for (int i = 0; i < AuditQuery.PAGE_SIZE + 3; i++) {
			String area = "Filterområde " + i + " " + actor;
			TenantScope.asTenant(STEVNS, actor, () -> administration.addArea(STEVNS, area));
		}

		AuditTrail.Page first = TenantScope.asTenant(STEVNS, "læser",
				() -> trail.find(new AuditQuery(null, actor, "INSERT", null, null, 1)));
		AuditTrail.Page second = TenantScope.asTenant(STEVNS, "læser",
				() -> trail.find(new AuditQuery(null, actor, "INSERT", null, null, 2)));
		AuditTrail.Page updates = TenantScope.asTenant(STEVNS, "læser",
				() -> trail.find(new AuditQuery(null, actor, "UPDATE", null, null, 1)));

		assertThat(first.events()).hasSize(AuditQuery.PAGE_SIZE).allMatch(event -> event.actor().equals(actor));
		assertThat(first.hasNext()).isTrue();
		assertThat(first.events()).isSortedAccordingTo((a, b) -> Long.compare(b.id(), a.id()));
		assertThat(second.events()).hasSize(3);
		assertThat(second.hasNext()).isFalse();
		assertThat(updates.events()).isEmpty();
	}
}
