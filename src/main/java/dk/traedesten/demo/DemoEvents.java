package dk.traedesten.demo;

import static dk.traedesten.events.ProgrammeItemKind.CONVERSATION;
import static dk.traedesten.events.ProgrammeItemKind.LUNCH;
import static dk.traedesten.events.ProgrammeItemKind.PAUSE;
import static dk.traedesten.events.ProgrammeItemKind.PLENARY;
import static dk.traedesten.events.ProgrammeItemKind.TALK;
import static dk.traedesten.events.ProgrammeItemKind.WRAP_UP;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dk.traedesten.events.Chooser;
import dk.traedesten.events.DiscountTier;
import dk.traedesten.events.EventFormat;
import dk.traedesten.events.EventKind;
import dk.traedesten.events.EventPlanning;
import dk.traedesten.events.EventPlanning.NewChoiceGroup;
import dk.traedesten.events.NewEvent;
import dk.traedesten.events.NewProgrammeItem;
import dk.traedesten.events.Organiser;
import dk.traedesten.events.PriceList;
import dk.traedesten.events.ProgrammeItemKind;
import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.PopulationFigure;

import org.springframework.stereotype.Component;

/**
 * KL's Børn &amp; Unge Topmøde on 28 January 2021 as seed 004 gives it: the programme with its times, the three
 * political talks of which each municipality chooses one, the five theme sessions of which one may watch up to three,
 * and the prices. The demo municipalities get a population for 2021, which decides their licence.
 */
@Component
class DemoEvents {

	static final String SUMMIT = "boern-unge-topmoede-2021";

	/** Rounded to the thousand; enough to put each demo municipality in its licence class. */
	static final List<PopulationFigure> POPULATIONS = List.of(new PopulationFigure(336, 2021, 23_000),
			new PopulationFigure(101, 2021, 638_000), new PopulationFigure(657, 2021, 89_000));

	static final String POPULATION_SOURCE = "Demodata: afrundet efter Danmarks Statistik, FOLK1A, 1. januar 2021";

	static final String POLITICAL = "Politiske oplæg";

	static final String THEMES = "Temamøder og mulighed for kommunale drøftelser";

	private static final String LIVE = "Live fra KL-huset";

	private static final String MODERATOR = "Anja Bo, journalist og moderator";

	private static final String CHAIR = "Thomas Gyldal Petersen, formand for KL's Børne- og Undervisningsudvalg";

	private static final String VICE_CHAIR = "Jens Ive, næstformand for KL's Børne- og Undervisningsudvalg";

	private static final String VIEW = "Parternes og politikernes blik på oplæg";

	private final EventPlanning planning;

	private final OrganisationDirectory directory;

	private final OrganisationAdministration administration;

	DemoEvents(EventPlanning planning, OrganisationDirectory directory, OrganisationAdministration administration) {
		this.planning = planning;
		this.directory = directory;
		this.administration = administration;
	}

	boolean present() {
		return planning.exists(SUMMIT);
	}

	void seed() {
		for (PopulationFigure figure : POPULATIONS) {
			if (directory.population(figure.municipalityCode(), figure.year()).isEmpty()) {
				administration.importPopulation(List.of(figure), POPULATION_SOURCE);
			}
		}
		UUID kl = directory.organisationNamed("KL").orElseThrow().id();
		UUID id = planning.plan(
				new NewEvent(SUMMIT, EventKind.CONFERENCE, "KL's Børn & Unge Topmøde 2021",
						"Et sammenhængende børne- og ungeområde", Organiser.organisation(kl, "KL"),
						LocalDateTime.of(2021, 1, 28, 9, 0), LocalDateTime.of(2021, 1, 28, 16, 30), EventFormat.ONLINE,
						"Virtuelt topmøde, sendt live fra KL-huset, Weidekampsgade 10, 2300 København S",
						DemoEventTexts.INVITATION, DemoEventTexts.PRACTICAL),
				List.of(new NewChoiceGroup(POLITICAL, DemoEventTexts.POLITICAL_INTRO, 1, 1, Chooser.ORGANISATION),
						new NewChoiceGroup(THEMES, DemoEventTexts.THEMES_INTRO, 0, 3, Chooser.PARTICIPANT)),
				programme(), prices());
		planning.publish(id);
	}

	/** Seed 004's prices in øre: 10,000, 20,000 and 25,000 DKK licences, 1,945 DKK a person, 10 % and 20 % off. */
	static PriceList prices() {
		return new PriceList(10_000_00L, 20_000_00L, 25_000_00L, 50_000, false, 1_945_00L, 25,
				List.of(new DiscountTier(10, 10), new DiscountTier(20, 20)));
	}

	private static List<NewProgrammeItem> programme() {
		String first = "1. Sammenhænge i kommunale indsatser og ledelsesopgaven";
		String second = "2. Sammenhænge bredt på børne- og ungeområdet – politiske nedslag";
		return List.of(item("09.00", PLENARY, null, "Introduktion til Børn & Unge Topmødet og dets form", "", MODERATOR),
				item("09.15", PLENARY, null, "Velkommen til årets Børn & Unge Topmøde", "", CHAIR, VICE_CHAIR),
				item("09.30", TALK, first, "Sammenhænge i indsatser, økonomi og data", "Opdateres"),
				item("09.50", PLENARY, null, VIEW, ""),
				item("10.00", TALK, null, "Sammenhænge i kommunernes indsatser og reelle arbejde",
						DemoEventTexts.HORNSTRUP, "Carsten Hornstrup, Joint Action"),
				item("10.20", PAUSE, null, "Pause", "").elsewhere(),
				item("10.35", PLENARY, null, VIEW, ""),
				item("10.45", TALK, null, "Gensidige afhængigheder på børne- og ungeområdet", DemoEventTexts.ANDERSEN,
						"Lotte Bøgh Andersen, centerleder ved Kronprins Frederiks Center for Offentlig Ledelse"),
				item("11.05", PLENARY, null, VIEW, ""),
				item("11.15", PAUSE, null, "Pause", "").elsewhere(),
				item("11.25", CONVERSATION, null, "Samtale med oplægsholdere", "Opdateres",
						"Carsten Hornstrup, Joint Action",
						"Lotte Bøgh, centerleder ved Kronprins Frederiks Center for Offentlig Ledelse",
						"Facilitator: Anja Bo"),
				item("11.45", LUNCH, null, "Frokost og kommunale drøftelser", "").elsewhere(),
				item("12.55", PLENARY, second, "Velkommen tilbage fra frokost og introduktion til kommende programpunkter",
						"", "Anja Bo"),
				item("13.00", TALK, null, DemoEventTexts.POLITICAL_TITLES.get(0), DemoEventTexts.POLITICAL.get(0))
					.in(POLITICAL),
				item("13.00", TALK, null, DemoEventTexts.POLITICAL_TITLES.get(1), DemoEventTexts.POLITICAL.get(1))
					.in(POLITICAL),
				item("13.00", TALK, null, DemoEventTexts.POLITICAL_TITLES.get(2), DemoEventTexts.POLITICAL.get(2))
					.in(POLITICAL),
				item("13.30", PAUSE, null, "Pause og kommunale drøftelser", "").elsewhere(),
				item("14.15", PLENARY, null,
						"Hvad har vi gjort af Corona-erfaringer, og hvordan bruger vi dem politisk fremadrettet?", ""),
				item("14.30", TALK, null, DemoEventTexts.THEME_TITLES.get(0), DemoEventTexts.THEMES.get(0)).in(THEMES)
					.elsewhere(),
				item("14.30", TALK, null, DemoEventTexts.THEME_TITLES.get(1), DemoEventTexts.THEMES.get(1)).in(THEMES)
					.elsewhere(),
				item("14.30", TALK, null, DemoEventTexts.THEME_TITLES.get(2), DemoEventTexts.THEMES.get(2)).in(THEMES)
					.elsewhere(),
				item("14.30", TALK, null, DemoEventTexts.THEME_TITLES.get(3), DemoEventTexts.THEMES.get(3)).in(THEMES)
					.elsewhere(),
				item("14.30", TALK, null, DemoEventTexts.THEME_TITLES.get(4), DemoEventTexts.THEMES.get(4)).in(THEMES)
					.elsewhere(),
				item("14.30", CONVERSATION, null, "KL's Børne- og Undervisningsudvalg sidder klar ved chatten", "")
					.until("15.00").elsewhere(),
				item("15.40", PLENARY, null, "Velkommen tilbage til KL-huset", "", "Anja Bo"),
				item("15.45", CONVERSATION, null, "Samtale mellem børne- og undervisningsminister Pernille "
						+ "Rosenkrantz-Theil og formand for KL's Børne- og Undervisningsudvalg, Thomas Gyldal Petersen",
						""),
				item("16.15", WRAP_UP, null, "Afslutning", "", CHAIR, VICE_CHAIR),
				item("16.30", WRAP_UP, null, "Tak for topmødet", "").elsewhere())
			.stream()
			.map(Slot::toItem)
			.toList();
	}

	/** A programme line as the invitation prints it; most are sent live from KL-huset. */
	private record Slot(String time, String until, ProgrammeItemKind kind, String section, String title,
			String description, List<String> speakers, String venue, String group) {

		Slot in(String choiceGroup) {
			return new Slot(time, until, kind, section, title, description, speakers, venue, choiceGroup);
		}

		Slot until(String end) {
			return new Slot(time, end, kind, section, title, description, speakers, venue, group);
		}

		Slot elsewhere() {
			return new Slot(time, until, kind, section, title, description, speakers, "", group);
		}

		NewProgrammeItem toItem() {
			return new NewProgrammeItem(time(time), until == null ? null : time(until), kind, section, title,
					description, speakers, venue, group, null);
		}

		private static LocalTime time(String text) {
			return LocalTime.parse(text.replace('.', ':'));
		}
	}

	private static Slot item(String time, ProgrammeItemKind kind, String section, String title, String description,
			String... speakers) {
		return new Slot(time, null, kind, section, title, description, List.of(speakers), LIVE, null);
	}
}
