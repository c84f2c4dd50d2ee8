package dk.traedesten.demo;

import static dk.traedesten.organisation.Role.ADMINISTRATOR;
import static dk.traedesten.organisation.Role.AREA_LEADER;
import static dk.traedesten.organisation.Role.CLUSTER_LEADER;
import static dk.traedesten.organisation.Role.EVENT_ORGANISER;
import static dk.traedesten.organisation.Role.POLITICIAN;
import static dk.traedesten.organisation.Role.SELECTION_COMMITTEE_MEMBER;
import static dk.traedesten.organisation.Role.STAFF;
import static dk.traedesten.organisation.Role.STRATEGY_COORDINATOR;
import static dk.traedesten.organisation.Role.UNIT_LEADER;
import static dk.traedesten.organisation.UnitKind.ADMINISTRATION;
import static dk.traedesten.organisation.UnitKind.DAYCARE;
import static dk.traedesten.organisation.UnitKind.FAMILY_SERVICE;
import static dk.traedesten.organisation.UnitKind.HEALTH_VISITING;
import static dk.traedesten.organisation.UnitKind.LEISURE_CLUB;
import static dk.traedesten.organisation.UnitKind.PPR;
import static dk.traedesten.organisation.UnitKind.SCHOOL;
import static dk.traedesten.organisation.UnitKind.SPECIAL_PROVISION;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.identity.AccountProvisioning;
import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.OrganisationKind;
import dk.traedesten.organisation.Role;
import dk.traedesten.organisation.UnitKind;

import org.springframework.stereotype.Component;

/**
 * The fictional organisation of the three demo municipalities. Names of units and people are invented;
 * only the municipalities are real.
 */
@Component
class DemoOrganisations {

	static final String MARKER_EMAIL = "admin@stevns.demo";

	/** Autismeforeningen's secretary, who registers the association's people. */
	static final String ASSOCIATION_REGISTRAR = "kontakt@autismeforeningen.demo";

	record DemoUnit(String name, UnitKind kind, String area) {
	}

	record DemoPerson(String name, String email, String jobTitle, Role role, String unit) {
	}

	record DemoMunicipality(int code, List<String> areas, List<DemoUnit> units, List<DemoPerson> people) {
	}

	static final List<DemoMunicipality> MUNICIPALITIES = List.of(
			new DemoMunicipality(336, List.of("Nord", "Syd"),
					List.of(new DemoUnit("Strandengens Skole", SCHOOL, "Nord"),
							new DemoUnit("Kalkbakkens Skole", SCHOOL, "Syd"),
							new DemoUnit("Børnehuset Mågereden", DAYCARE, "Nord"),
							new DemoUnit("Børnehuset Kridthuset", DAYCARE, "Syd"),
							new DemoUnit("Klub Klinten", LEISURE_CLUB, "Syd"),
							new DemoUnit("Heldagsskolen Fyrtårnet", SPECIAL_PROVISION, null),
							new DemoUnit("PPR Stevns", PPR, null),
							new DemoUnit("Sundhedsplejen Stevns", HEALTH_VISITING, null),
							new DemoUnit("Familieafdelingen Stevns", FAMILY_SERVICE, null),
							new DemoUnit("Center for Børn og Læring", ADMINISTRATION, null)),
					List.of(new DemoPerson("Mette Holm", "medarbejder@stevns.demo", "Lærer", STAFF, "Strandengens Skole"),
							new DemoPerson("Jens Kragh", "leder@stevns.demo", "Skoleleder", UNIT_LEADER, "Strandengens Skole"),
							new DemoPerson("Sofie Lund", "leder.dagtilbud@stevns.demo", "Dagtilbudsleder", UNIT_LEADER, "Børnehuset Mågereden"),
							new DemoPerson("Ahmad Rahimi", "psykolog@stevns.demo", "Skolepsykolog", STAFF, "PPR Stevns"),
							new DemoPerson("Birgitte Friis", "omraadeleder@stevns.demo", "Områdeleder, dagtilbud", AREA_LEADER, null),
							new DemoPerson("Lars Bech", "klyngeleder@stevns.demo", "Klyngeleder", CLUSTER_LEADER, null),
							new DemoPerson("Hanne Winther", "koordinator@stevns.demo", "Inklusionskoordinator", STRATEGY_COORDINATOR, "Center for Børn og Læring"),
							new DemoPerson("Camilla Nørgaard", "udvalg@stevns.demo", "Forældrerepræsentant", SELECTION_COMMITTEE_MEMBER, null),
							new DemoPerson("Poul Erik Dam", "politiker@stevns.demo", "Medlem af Børne- og Uddannelsesudvalget", POLITICIAN, null),
							new DemoPerson("Tina Vestergaard", "arrangoer@stevns.demo", "Konsulent", EVENT_ORGANISER, "Center for Børn og Læring"),
							new DemoPerson("Kim Andersen", MARKER_EMAIL, "IT-administrator", ADMINISTRATOR, null))),
			// The last two areas and Dyvekeskolen (named in seed 000) come with the webinar's area roundtables.
			new DemoMunicipality(101, List.of("Amager", "Nørrebro-Bispebjerg", "Valby-Vesterbro", "Indre By-Østerbro",
					"Brønshøj-Husum-Vanløse"),
					List.of(new DemoUnit("Sundbyøster Skole", SCHOOL, "Amager"),
							new DemoUnit("Nørrebro Byskole", SCHOOL, "Nørrebro-Bispebjerg"),
							new DemoUnit("Institutionen Lærkereden", DAYCARE, "Valby-Vesterbro"),
							new DemoUnit("PPR København Amager", PPR, "Amager"),
							new DemoUnit("Dyvekeskolen", SCHOOL, "Indre By-Østerbro"),
							new DemoUnit("Børne- og Ungdomsforvaltningen", ADMINISTRATION, null)),
					List.of(new DemoPerson("Nadia Ibrahim", "admin@kk.demo", "Systemansvarlig", ADMINISTRATOR, null),
							new DemoPerson("Rasmus Toft", "koordinator@kk.demo", "Fuldmægtig", STRATEGY_COORDINATOR, "Børne- og Ungdomsforvaltningen"),
							new DemoPerson("Eva Skov", "leder@kk.demo", "Skoleleder", UNIT_LEADER, "Sundbyøster Skole"),
							new DemoPerson("Oliver Brandt", "medarbejder@kk.demo", "Pædagog", STAFF, "Institutionen Lærkereden"),
							new DemoPerson("Sara Vinther", "arrangoer@kk.demo", "Specialkonsulent", EVENT_ORGANISER,
									"Børne- og Ungdomsforvaltningen"))),
			new DemoMunicipality(657, List.of("Herning By", "Herning Land"),
					List.of(new DemoUnit("Lindegårdsskolen", SCHOOL, "Herning By"),
							new DemoUnit("Dagtilbud Hedebo", DAYCARE, "Herning Land"),
							new DemoUnit("PPR Herning", PPR, null)),
					List.of(new DemoPerson("Maja Kjær", "admin@herning.demo", "Systemansvarlig", ADMINISTRATOR, null),
							new DemoPerson("Thomas Due", "medarbejder@herning.demo", "Lærer", STAFF, "Lindegårdsskolen"),
							new DemoPerson("Ida Holst", "politiker@herning.demo", "Medlem af Børne- og Familieudvalget", POLITICIAN, null))));

	record DemoOrganisation(String name, OrganisationKind kind, Integer municipalityCode) {
	}

	/** Organisations outside the municipalities: the first three exist, the daycare is invented. */
	static final List<DemoOrganisation> ORGANISATIONS = List.of(
			new DemoOrganisation("KL", OrganisationKind.ASSOCIATION_OF_MUNICIPALITIES, null),
			new DemoOrganisation("Komponent", OrganisationKind.CONSULTANCY, null),
			new DemoOrganisation("Autismeforeningen", OrganisationKind.ASSOCIATION, null),
			new DemoOrganisation("Den selvejende børnehave Solsikken", OrganisationKind.SELF_GOVERNING_INSTITUTION, 101));

	private final OrganisationAdministration administration;

	private final AccountProvisioning accounts;

	DemoOrganisations(OrganisationAdministration administration, AccountProvisioning accounts) {
		this.administration = administration;
		this.accounts = accounts;
	}

	void seed(String password) {
		for (DemoMunicipality municipality : MUNICIPALITIES) {
			seed(municipality, password);
		}
		Map<String, UUID> organisations = new HashMap<>();
		ORGANISATIONS.forEach(organisation -> organisations.put(organisation.name(), administration.addOrganisation(
				organisation.name(), organisation.kind(), organisation.municipalityCode())));
		// KL organises the demo summit; its organiser signs in to run registration and invoicing.
		UUID klOrganiser = administration.addOrganisationPerson(organisations.get("KL"), "Aase Kjær",
				"arrangoer@kl.demo", "Arrangementskoordinator");
		administration.grant(null, klOrganiser, EVENT_ORGANISER, null);
		accounts.createWithPassword(klOrganiser, null, "arrangoer@kl.demo", password);
		// An association registers its own people for the summit and pays per person (decision 0019).
		UUID association = administration.addOrganisationPerson(organisations.get("Autismeforeningen"),
				"Karen Lykke", ASSOCIATION_REGISTRAR, "Sekretariatsleder");
		accounts.createWithPassword(association, null, ASSOCIATION_REGISTRAR, password);
		UUID operator = administration.addPerson(null, "Trædesten Drift", "platform@traedesten.demo", "Platformsadministrator");
		administration.grantPlatformAdministration(operator);
		accounts.createWithPassword(operator, null, "platform@traedesten.demo", password);
	}

	private void seed(DemoMunicipality municipality, String password) {
		int code = municipality.code();
		administration.enrol(code);
		Map<String, UUID> areas = new HashMap<>();
		municipality.areas().forEach(name -> areas.put(name, administration.addArea(code, name)));
		Map<String, UUID> units = new HashMap<>();
		for (DemoUnit unit : municipality.units()) {
			units.put(unit.name(), administration.addUnit(code, unit.name(), unit.kind(),
					unit.area() == null ? null : areas.get(unit.area())));
		}
		for (DemoPerson person : municipality.people()) {
			UUID id = administration.addPerson(code, person.name(), person.email(), person.jobTitle());
			administration.grant(code, id, person.role(), person.unit() == null ? null : units.get(person.unit()));
			accounts.createWithPassword(id, code, person.email(), password);
		}
	}
}
