package dk.traedesten.demo;

import static dk.traedesten.events.ParticipantRole.ADMINISTRATION;
import static dk.traedesten.events.ParticipantRole.AREA_LEADER;
import static dk.traedesten.events.ParticipantRole.ASSOCIATION;
import static dk.traedesten.events.ParticipantRole.CLUSTER_LEADER;
import static dk.traedesten.events.ParticipantRole.COMMITTEE_MEMBER;
import static dk.traedesten.events.ParticipantRole.DIRECTOR;
import static dk.traedesten.events.ParticipantRole.SCHOOL_LEADER;
import static dk.traedesten.events.ParticipantRole.SELF_GOVERNING_DAYCARE;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.events.EventFormat;
import dk.traedesten.events.EventKind;
import dk.traedesten.events.EventPlanning;
import dk.traedesten.events.NewEvent;
import dk.traedesten.events.NewParticipant;
import dk.traedesten.events.NewProgrammeItem;
import dk.traedesten.events.Organiser;
import dk.traedesten.events.ParticipantRole;
import dk.traedesten.events.PriceList;
import dk.traedesten.events.ProgrammeItemKind;
import dk.traedesten.events.Registrations;
import dk.traedesten.events.Roundtable;
import dk.traedesten.events.RoundtableBoard;
import dk.traedesten.events.Roundtables;
import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.UnitKind;
import dk.traedesten.organisation.UnitSummary;

import org.springframework.stereotype.Component;

/**
 * København's webinar of 24 September 2021 as seed 000 gives it: digital talks, roundtables by area with the
 * committee at City Hall, a common wrap-up. 200 fictional participants by the seed's target group (11 committee
 * members, 4 directors, 19 from the administration, a representative of Landsforeningen Autisme, and in each of the
 * 5 areas 2 area leaders, 7 schools with 2 leaders each, 8 cluster leaders and 9 representatives of self-governing
 * daycare), seated at tables of 40, Dyvekeskolen's leaders and three cluster leaders moved to City Hall, and input
 * written at four tables. The times of day are not in the seed: 13.00–16.00 is the demo's choice.
 */
@Component
class DemoWebinar {

	static final String SLUG = "inkluderende-faellesskaber-2021";

	static final int CAPACITY = 40;

	private static final int KK = 101;

	private final EventPlanning planning;

	private final Registrations registrations;

	private final Roundtables roundtables;

	private final OrganisationDirectory directory;

	private final OrganisationAdministration administration;

	/** Participants made so far; each gets the next pair of invented names. */
	private int count;

	DemoWebinar(EventPlanning planning, Registrations registrations, Roundtables roundtables,
			OrganisationDirectory directory, OrganisationAdministration administration) {
		this.planning = planning;
		this.registrations = registrations;
		this.roundtables = roundtables;
		this.directory = directory;
		this.administration = administration;
	}

	boolean present() {
		return planning.exists(SLUG);
	}

	void seed() {
		UUID id = planning.plan(new NewEvent(SLUG, EventKind.WEBINAR, DemoWebinarTexts.TITLE, DemoWebinarTexts.THEME,
				Organiser.municipality(KK, "København"), LocalDateTime.of(2021, 9, 24, 13, 0),
				LocalDateTime.of(2021, 9, 24, 16, 0), EventFormat.HYBRID, DemoWebinarTexts.PLACE,
				DemoWebinarTexts.INVITATION, DemoWebinarTexts.PRACTICAL), List.of(), programme(), PriceList.free());
		planning.publish(id);
		registrations.registerRound(SLUG, KK, "koordinator@kk.demo", participants());
		roundtables.allocate(SLUG, CAPACITY, false);
		selectLeadersForCityHall();
		roundtables.allocate(SLUG, CAPACITY, false);
		writeInput();
	}

	private static List<NewProgrammeItem> programme() {
		String webinar = "Webinar";
		String tables = "Fysiske drøftelser i områder/Rådhuset";
		return List.of(
				item("13.00", "13.20", ProgrammeItemKind.TALK, webinar,
						"Velkomst og status på Indsatsplanen Plads til forskellighed", "", "Jesper Christensen"),
				item("13.20", "13.50", ProgrammeItemKind.TALK, null, "Oplæg om børnesyn og kulturforandring", "",
						"Thomas Nordahl"),
				item("13.50", "14.15", ProgrammeItemKind.TALK, null,
						"Oplæg om forældresamarbejde med afsæt i et praksiseksempel", "Afventer bekræftelse.",
						"Dyvekeskolen og Landsforeningen Autisme"),
				item("14.30", "15.30", ProgrammeItemKind.ROUNDTABLE, tables, DemoWebinarTexts.ROUNDTABLE_TITLE,
						DemoWebinarTexts.ROUNDTABLE_DESCRIPTION),
				item("15.30", "16.00", ProgrammeItemKind.WRAP_UP, webinar,
						"Fælles opsamling på tværs af byen med input fra drøftelser", ""));
	}

	private static NewProgrammeItem item(String from, String to, ProgrammeItemKind kind, String section, String title,
			String description, String... speakers) {
		return new NewProgrammeItem(time(from), time(to), kind, section, title, description, List.of(speakers),
				kind == ProgrammeItemKind.ROUNDTABLE ? "Områderne og Rådhuset" : "Digitalt", null, null);
	}

	private static LocalTime time(String text) {
		return LocalTime.parse(text.replace('.', ':'));
	}

	private List<NewParticipant> participants() {
		// The demo's area names are unique across the demo municipalities, so a name finds København's area.
		Map<String, UUID> areaIds = new HashMap<>();
		directory.areas().forEach(area -> areaIds.put(area.name(), area.id()));
		List<String> areaNames = List.of("Amager", "Brønshøj-Husum-Vanløse", "Indre By-Østerbro",
				"Nørrebro-Bispebjerg", "Valby-Vesterbro");
		List<NewParticipant> people = new ArrayList<>();
		add(people, 11, COMMITTEE_MEMBER, "Medlem af Børne- og Ungdomsudvalget", null, null);
		add(people, 4, DIRECTOR, "Direktion, Børne- og Ungdomsforvaltningen", null, null);
		add(people, 19, ADMINISTRATION, "Konsulent, Børne- og Ungdomsforvaltningen", null, null);
		add(people, 1, ASSOCIATION, "Repræsentant for Landsforeningen Autisme", null, null);
		int school = 0;
		for (String name : areaNames) {
			UUID area = areaIds.get(name);
			add(people, 2, AREA_LEADER, "Områdeleder, " + name, area, null);
			for (UUID unit : schools(name, area)) {
				add(people, 2, SCHOOL_LEADER, school++ % 2 == 0 ? "Skoleleder" : "Viceskoleleder", area, unit);
			}
			add(people, 8, CLUSTER_LEADER, "Klyngeleder, " + name, area, null);
			add(people, 9, SELF_GOVERNING_DAYCARE, "Leder af selvejende daginstitution", area, null);
		}
		return people;
	}

	/** Seven schools in the area: those the demo has already, then invented ones. */
	private List<UUID> schools(String areaName, UUID area) {
		List<UUID> schools = new ArrayList<>(directory.units().stream()
			.filter(unit -> unit.kind() == UnitKind.SCHOOL && area.equals(unit.areaId()))
			.map(UnitSummary::id).toList());
		int next = (int) directory.units().stream().filter(unit -> unit.kind() == UnitKind.SCHOOL).count();
		while (schools.size() < 7) {
			String name = DemoWebinarTexts.SCHOOLS.get(next++ % DemoWebinarTexts.SCHOOLS.size());
			schools.add(administration.addUnit(KK, name, UnitKind.SCHOOL, area));
		}
		return schools;
	}

	private void add(List<NewParticipant> people, int n, ParticipantRole role, String jobTitle, UUID area, UUID unit) {
		for (int i = 0; i < n; i++) {
			int k = count++;
			String first = DemoWebinarTexts.FIRST_NAMES.get(k % 20);
			String last = DemoWebinarTexts.LAST_NAMES.get((k / 20 + k) % 20);
			people.add(new NewParticipant(first + " " + last, email(first, last), jobTitle, role, area, unit));
		}
	}

	private static String email(String first, String last) {
		String ascii = Normalizer.normalize((first + "." + last).toLowerCase(Locale.ROOT).replace("ø", "oe")
			.replace("æ", "ae").replace("å", "aa"), Normalizer.Form.NFD).replaceAll("[^a-z.-]", "");
		return ascii + "@kk.demo";
	}

	/** The organiser's selection for City Hall (seed 000): Dyvekeskolen's two leaders and three cluster leaders. */
	private void selectLeadersForCityHall() {
		RoundtableBoard board = roundtables.board(SLUG).orElseThrow();
		Roundtable cityHall = board.tables().stream().filter(table -> table.key().cityHall()).findFirst().orElseThrow();
		board.everyone().stream()
			.filter(seat -> "Dyvekeskolen".equals(seat.unitName()))
			.forEach(seat -> roundtables.move(SLUG, seat.participant().id(), cityHall.id()));
		board.tables().stream().filter(table -> !table.key().cityHall()).limit(3)
			.forEach(table -> table.people().stream().filter(seat -> seat.participant().role() == CLUSTER_LEADER)
				.findFirst().ifPresent(seat -> roundtables.move(SLUG, seat.participant().id(), cityHall.id())));
	}

	private void writeInput() {
		RoundtableBoard board = roundtables.board(SLUG).orElseThrow();
		List<Roundtable> areaTables = board.tables().stream().filter(table -> !table.key().cityHall()).toList();
		for (Roundtable table : board.tables()) {
			DemoWebinarTexts.Input input = table.key().cityHall() ? DemoWebinarTexts.CITY_HALL
					: areaTables.indexOf(table) < DemoWebinarTexts.AREAS.size()
							? DemoWebinarTexts.AREAS.get(areaTables.indexOf(table)) : null;
			if (input != null) {
				roundtables.saveTable(SLUG, table.id(), input.facilitator(), input.noteTaker(), input.summary(),
						input.themes(), input.recommendations());
			}
		}
	}
}
