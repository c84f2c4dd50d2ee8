package dk.traedesten.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Optional;
import java.util.UUID;

import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.UnitKind;
import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Forms on a municipality's own resources that carry another municipality's ids (a Stevns area or unit typed
 * into a København form) never link to them: the foreign id is dropped or the request is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ForeignIdsInFormsTests {

	static final String KK_ADMIN = "admin@kk.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationAdministration administration;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	@Test
	void aNewUnitDoesNotJoinAnotherMunicipalitysArea() {
		String name = "Testskolen " + UUID.randomUUID();
		MvcTestResult created = mvc.post().uri("/organisation/enheder/ny").with(csrf()).with(demo.as(KK_ADMIN))
			.param("name", name).param("kind", "SCHOOL").param("areaId", demo.area(DemoData.STEVNS, "Nord").toString())
			.exchange();

		assertThat(created).hasStatus3xxRedirection();
		assertThat(areaOf(demo.unit(name))).isNull();
	}

	@Test
	void anEditedUnitDoesNotJoinAnotherMunicipalitysArea() {
		String name = "Testskolen " + UUID.randomUUID();
		UUID ownArea = demo.area(DemoData.KOEBENHAVN, "Amager");
		UUID unit = TenantScope.asSystem("test",
				() -> administration.addUnit(DemoData.KOEBENHAVN, name, UnitKind.SCHOOL, ownArea));

		assertThat(mvc.post().uri("/organisation/enheder/" + unit).with(csrf()).with(demo.as(KK_ADMIN))
			.param("name", name).param("kind", "SCHOOL").param("areaId", demo.area(DemoData.STEVNS, "Syd").toString()))
			.hasStatus3xxRedirection();
		assertThat(areaOf(unit)).isNull();
	}

	@Test
	void aRoleCannotBeGrantedInAnotherMunicipalitysUnit() {
		UUID ownPerson = demo.person("medarbejder@kk.demo");
		UUID stevnsUnit = demo.unit("Strandengens Skole");

		MvcTestResult grant = mvc.post().uri("/organisation/personer/" + ownPerson + "/roller").with(csrf())
			.with(demo.as(KK_ADMIN)).param("role", "UNIT_LEADER").param("unitId", stevnsUnit.toString()).exchange();

		assertThat(grant).hasStatusOk();
		assertThat(count("select count(*) from membership where unit_id = '" + stevnsUnit + "' and person_id = '"
				+ ownPerson + "'")).isZero();
	}

	@Test
	void anotherMunicipalitysMembershipCannotBeRevokedThroughAnOwnPerson() {
		UUID ownPerson = demo.person("medarbejder@kk.demo");
		UUID stevnsMembership = demo.membershipOf("leder@stevns.demo");

		assertThat(mvc.post().uri("/organisation/personer/" + ownPerson + "/roller/" + stevnsMembership + "/fjern")
			.with(csrf()).with(demo.as(KK_ADMIN))).hasStatus(404);
		assertThat(count("select count(*) from membership where id = '" + stevnsMembership + "'")).isOne();
	}

	private UUID areaOf(UUID unit) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select area_id from unit where id = :id").param("id", unit)
			.query((rs, row) -> Optional.ofNullable((UUID) rs.getObject(1))).single()).orElse(null);
	}

	private int count(String sql) {
		return TenantScope.asSystem("test", () -> jdbc.sql(sql).query(Integer.class).single());
	}
}
