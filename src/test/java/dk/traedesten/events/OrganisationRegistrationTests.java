package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Organisations outside the municipalities register on the real database (decision 0019): rounds counted together per
 * organisation and priced per person with the discount on the whole invoice, hidden from everyone but the
 * organisation and the event's organiser, and invoiced once per organisation when invoicing closes.
 */
@SpringBootTest
class OrganisationRegistrationTests {

	static final String ASSOCIATION = "kontakt@autismeforeningen.demo";

	static final String KL_PERSON = "arrangoer@kl.demo";

	static final String ORGANISER = "arrangoer@stevns.demo";

	static final PriceList SEED_004 = new PriceList(null, null, null, 50_000, false, 194_500, 25,
			List.of(new DiscountTier(10, 10), new DiscountTier(20, 20)));

	@Autowired
	EventPlanning planning;

	@Autowired
	Registrations registrations;

	@Autowired
	Invoicing invoicing;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void anAssociationsRoundsAreCountedTogetherAndInvoicedOncePerPersonWithTheDiscount() {
		String slug = pastStevnsEvent();
		Registrant association = registrant("Autismeforeningen");
		TenantScope.asPerson(ASSOCIATION, () -> registrations.registerRound(slug, association, ASSOCIATION,
				people(slug, "a", 1, 6)));
		int second = TenantScope.asPerson(ASSOCIATION, () -> registrations.registerRound(slug, association, ASSOCIATION,
				people(slug, "a", 7, 11)));
		assertThat(second).as("the association's own round numbers").isEqualTo(2);

		Registration running = TenantScope.asPerson(ASSOCIATION, () -> registrations.of(slug, association));
		assertThat(running.roundSizes()).containsExactly(6, 5);
		assertThat(running.participants()).hasSize(11).allSatisfy(p -> assertThat(p.registrant()).isEqualTo(association));
		Quote quote = running.invoice().orElseThrow();
		assertThat(quote.discountPercent()).as("11 persons in two rounds").isEqualTo(10);
		assertThat(quote).isEqualTo(PricingRules.perPerson(SEED_004, List.of(11)));

		Invoice invoice = TenantScope.asTenant(336, ORGANISER, () -> invoicing.close(slug)).stream()
			.filter(issued -> association.equals(issued.buyer())).findFirst().orElseThrow();
		assertThat(invoice.buyerName()).isEqualTo("Autismeforeningen");
		assertThat(invoice.municipalityCode()).isNull();
		assertThat(invoice.quantity()).isEqualTo(11);
		assertThat(invoice.discountPercent()).isEqualTo(10);
		assertThat(invoice.totalOre()).isEqualTo(quote.totalOre());
		assertThat(TenantScope.asPerson(ASSOCIATION, () -> invoicing.ofEvent(slug))).containsExactly(invoice);
	}

	@Test
	void anOrganisationsRegistrationIsHiddenFromOtherOrganisationsAndMunicipalities() {
		String slug = pastStevnsEvent();
		Registrant association = registrant("Autismeforeningen");
		TenantScope.asPerson(ASSOCIATION, () -> registrations.registerRound(slug, association, ASSOCIATION,
				people(slug, "b", 1, 2)));

		assertThat(TenantScope.asPerson(KL_PERSON, () -> registrations.of(slug, association).participants())).isEmpty();
		assertThat(TenantScope.asTenant(101, "admin@kk.demo", () -> registrations.of(slug, association).participants()))
			.isEmpty();
		assertThat(TenantScope.asTenant(336, ORGANISER, () -> registrations.of(slug, association).participants()))
			.as("the event's organiser reads every registration").hasSize(2);
		assertThatThrownBy(() -> TenantScope.asPerson(KL_PERSON,
				() -> registrations.registerRound(slug, association, KL_PERSON, people(slug, "c", 1, 1))))
			.as("KL cannot register people in Autismeforeningen's name")
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThat(TenantScope.asPerson(ASSOCIATION, () -> registrations.of(slug, association).participants()))
			.hasSize(2);
	}

	@Test
	void aMunicipalityStillPaysItsLicenceAndAnOrganisationPerPerson() {
		Registrant stevns = Registrant.municipality(336);
		assertThat(stevns.isMunicipality()).isTrue();
		assertThat(stevns.key()).isNotEqualTo(registrant("Autismeforeningen").key());
		assertThatThrownBy(() -> new Registrant(336, UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Registrant(null, null)).isInstanceOf(IllegalArgumentException.class);
	}

	private Registrant registrant(String name) {
		return Registrant.organisation(TenantScope.asSystem("test", () -> directory.organisationNamed(name))
			.orElseThrow().id());
	}

	private static List<NewParticipant> people(String slug, String tag, int from, int to) {
		return IntStream.rangeClosed(from, to)
			.mapToObj(n -> new NewParticipant("Medlem " + n, "medlem" + n + "." + tag + "." + slug + "@autismeforeningen.demo",
					"Rådgiver"))
			.toList();
	}

	private String pastStevnsEvent() {
		String slug = "forening-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDateTime start = LocalDateTime.of(2021, 9, 9, 9, 0);
		TenantScope.asSystem("test", () -> {
			UUID id = planning.plan(new NewEvent(slug, EventKind.THEME_MEETING, "Temamøde for foreninger", "",
					Organiser.municipality(336, "Stevns"), start, start.plusHours(6), EventFormat.IN_PERSON, "Rådhuset",
					"", ""), List.of(), List.of(new NewProgrammeItem(LocalTime.of(9, 0), null, ProgrammeItemKind.TALK,
							null, "Velkommen", "", List.of(), "", null, null)), SEED_004);
			planning.publish(id);
			return id;
		});
		return slug;
	}
}
