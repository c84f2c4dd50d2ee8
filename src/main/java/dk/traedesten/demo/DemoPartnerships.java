package dk.traedesten.demo;

import static dk.traedesten.events.ProgrammeItemKind.CONVERSATION;
import static dk.traedesten.events.ProgrammeItemKind.LUNCH;
import static dk.traedesten.events.ProgrammeItemKind.PLENARY;
import static dk.traedesten.events.ProgrammeItemKind.ROUNDTABLE;
import static dk.traedesten.events.ProgrammeItemKind.TALK;
import static dk.traedesten.events.ProgrammeItemKind.WRAP_UP;
import static dk.traedesten.organisation.Role.EVENT_ORGANISER;
import static dk.traedesten.partnerships.MemberRole.CHIEF;
import static dk.traedesten.partnerships.MemberRole.EMPLOYEE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.events.EventFormat;
import dk.traedesten.events.EventKind;
import dk.traedesten.events.EventPlanning;
import dk.traedesten.events.NewEvent;
import dk.traedesten.events.NewProgrammeItem;
import dk.traedesten.events.Organiser;
import dk.traedesten.events.PriceList;
import dk.traedesten.events.ProgrammeItemKind;
import dk.traedesten.identity.AccountProvisioning;
import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.OtherOrganisation;
import dk.traedesten.partnerships.CallbackRequests;
import dk.traedesten.partnerships.CallbackTopic;
import dk.traedesten.partnerships.MemberRole;
import dk.traedesten.partnerships.NewCallback;
import dk.traedesten.partnerships.NewMember;
import dk.traedesten.partnerships.PartnershipAdministration;
import dk.traedesten.partnerships.PartnershipKind;
import dk.traedesten.partnerships.Partnerships;

import org.springframework.stereotype.Component;

/**
 * The two partnerships of seed 001, run by KL and Komponent, each with four network days planned and published
 * through the events module; Stevns in both and København in the daycare one with their people named; Komponent's
 * organiser; and two "ring mig op" requests in the queue. The network days' dates and programmes are invented.
 */
@Component
class DemoPartnerships {

	static final String DAYCARE = "dagtilbud";

	static final String SCHOOL = "skole";

	static final String KOMPONENT_ORGANISER = "arrangoer@komponent.demo";

	private static final String PLACE = "KL-huset, Weidekampsgade 10, 2300 København S";

	private static final List<String> DAYCARE_THEMES = List.of(
			"Fælles udfordringer: inkluderende almene fællesskaber i dagtilbud",
			"Mellemformer og specialtilbud: præcise match til forskellige behov",
			"Ledelse og styring med en tredobbelt bundlinje",
			"Fra erfaringer til et lokalt grundlag");

	private static final List<String> SCHOOL_THEMES = List.of(
			"Fælles udfordringer: inkluderende almene fællesskaber i skolen",
			"Mellemformer og specialundervisningstilbud: præcise match til forskellige behov",
			"Ledelse og styring med en tredobbelt bundlinje",
			"Fra erfaringer til et lokalt grundlag");

	private record Person(MemberRole role, String name, String email, String jobTitle, Set<Integer> days) {
	}

	private final EventPlanning planning;

	private final PartnershipAdministration administration;

	private final Partnerships partnerships;

	private final CallbackRequests callbacks;

	private final OrganisationDirectory directory;

	private final OrganisationAdministration organisations;

	private final AccountProvisioning accounts;

	DemoPartnerships(EventPlanning planning, PartnershipAdministration administration, Partnerships partnerships,
			CallbackRequests callbacks, OrganisationDirectory directory, OrganisationAdministration organisations,
			AccountProvisioning accounts) {
		this.planning = planning;
		this.administration = administration;
		this.partnerships = partnerships;
		this.callbacks = callbacks;
		this.directory = directory;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	boolean present() {
		return administration.exists(DAYCARE);
	}

	void seed(String password) {
		UUID kl = directory.organisationNamed("KL").map(OtherOrganisation::id).orElseThrow();
		UUID komponent = directory.organisationNamed("Komponent").map(OtherOrganisation::id).orElseThrow();
		if (directory.profileByEmail(KOMPONENT_ORGANISER).isEmpty()) {
			UUID organiser = organisations.addOrganisationPerson(komponent, "Susanne Harder", KOMPONENT_ORGANISER,
					"Chefkonsulent");
			organisations.grant(null, organiser, EVENT_ORGANISER, null);
			accounts.createWithPassword(organiser, null, KOMPONENT_ORGANISER, password);
		}
		Organiser host = Organiser.organisation(kl, "KL");
		administration.create(DAYCARE, PartnershipKind.DAYCARE,
				"Partnerskab om inkluderende almene børnefællesskaber og specialtilbud i dagtilbud", "", List.of(kl, komponent),
				networkDays(host, DAYCARE, "dagtilbud", DAYCARE_THEMES, List.of(LocalDate.of(2027, 2, 23),
						LocalDate.of(2027, 4, 27), LocalDate.of(2027, 9, 21), LocalDate.of(2027, 11, 23))));
		administration.create(SCHOOL, PartnershipKind.SCHOOL,
				"Partnerskab om inkluderende almene børnefællesskaber og specialtilbud i skolen", "", List.of(kl, komponent),
				networkDays(host, SCHOOL, "skolen", SCHOOL_THEMES, List.of(LocalDate.of(2027, 3, 2),
						LocalDate.of(2027, 5, 4), LocalDate.of(2027, 9, 28), LocalDate.of(2027, 11, 30))));

		join(336, DAYCARE, "koordinator@stevns.demo", List.of(
				new Person(CHIEF, "Birgitte Friis", "omraadeleder@stevns.demo", "Områdeleder, dagtilbud", Set.of(1, 2, 3, 4)),
				new Person(EMPLOYEE, "Sofie Lund", "leder.dagtilbud@stevns.demo", "Dagtilbudsleder", Set.of(1, 2, 3, 4)),
				new Person(EMPLOYEE, "Line Mikkelsen", "", "Pædagog", Set.of(1, 2, 4)),
				new Person(EMPLOYEE, "Karin Holt", "", "Pædagogisk konsulent", Set.of(1, 2, 3, 4)),
				new Person(EMPLOYEE, "Ahmad Rahimi", "psykolog@stevns.demo", "Skolepsykolog", Set.of(2, 3))));
		join(336, SCHOOL, "koordinator@stevns.demo", List.of(
				new Person(CHIEF, "Jens Kragh", "leder@stevns.demo", "Skoleleder", Set.of(1, 2, 3, 4)),
				new Person(EMPLOYEE, "Mette Holm", "medarbejder@stevns.demo", "Lærer", Set.of(1, 2, 3, 4)),
				new Person(EMPLOYEE, "Rikke Dahl", "", "Inklusionsvejleder", Set.of(1, 3, 4))));
		join(101, DAYCARE, "koordinator@kk.demo", List.of(
				new Person(CHIEF, "Jonas Vinther", "", "Dagtilbudschef", Set.of(1, 2, 3, 4)),
				new Person(EMPLOYEE, "Oliver Brandt", "medarbejder@kk.demo", "Pædagog", Set.of(1, 2, 3, 4)),
				new Person(EMPLOYEE, "Amira Haddad", "", "Pædagogisk leder", Set.of(1, 2, 3))));

		callbacks.submit(new NewCallback("Louise Berg", 657, "+4597121234", CallbackTopic.SCHOOL,
				"Mandag eller tirsdag formiddag"));
		callbacks.submit(new NewCallback("Peter Nyholm", 320, "+4556201234", CallbackTopic.BOTH, ""));
	}

	private void join(int municipality, String slug, String by, List<Person> people) {
		partnerships.join(slug, municipality, by);
		for (Person person : people) {
			partnerships.addMember(slug, municipality,
					new NewMember(person.role(), person.name(), person.email(), person.jobTitle(), person.days()));
		}
	}

	/** Plans and publishes the four network days as events of kind network day; answers their addresses. */
	private List<String> networkDays(Organiser host, String slugPart, String area, List<String> themes,
			List<LocalDate> dates) {
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			int number = i + 1;
			String slug = "partnerskab-" + slugPart + "-netvaerksdag-" + number;
			String theme = themes.get(i);
			UUID id = planning.plan(new NewEvent(slug, EventKind.NETWORK_DAY,
					"Netværksdag " + number + " i partnerskabet om " + area, theme, host,
					dates.get(i).atTime(9, 30), dates.get(i).atTime(15, 30), EventFormat.IN_PERSON, PLACE,
					"Netværksdag for de deltagende kommuners chef og op til fire medarbejdere. KL og Komponent står for "
							+ "dagen sammen.",
					"Deltagelse er for kommuner, der er tilmeldt partnerskabet."),
					List.of(), List.of(), PriceList.free());
			planning.publish(id);
			planning.addItem(slug, item("09:30", "10:00", TALK, "Velkommen og dagens formål"));
			planning.addItem(slug, item("10:00", "11:15", PLENARY, "Oplæg: " + theme));
			planning.addItem(slug, item("11:15", "12:15", CONVERSATION, "Erfaringsudveksling mellem kommunerne"));
			planning.addItem(slug, item("12:15", "13:00", LUNCH, "Frokost"));
			planning.addItem(slug, item("13:00", "14:45", ROUNDTABLE, "Sparring i kommunegrupper"));
			planning.addItem(slug, item("14:45", "15:30", WRAP_UP, "Opsamling og næste skridt"));
			slugs.add(slug);
		}
		return slugs;
	}

	private static NewProgrammeItem item(String from, String to, ProgrammeItemKind kind, String title) {
		return new NewProgrammeItem(LocalTime.parse(from), LocalTime.parse(to), kind, null, title, "", List.of(), "",
				null, null);
	}
}
