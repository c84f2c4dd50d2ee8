package dk.traedesten.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.traedesten.strategy.CommunicationItem;
import dk.traedesten.strategy.CyclePhase;
import dk.traedesten.strategy.ElementDraft;
import dk.traedesten.strategy.ElementKind;
import dk.traedesten.strategy.KvintetTemplate;
import dk.traedesten.strategy.Milestone;
import dk.traedesten.strategy.OnboardingItem;
import dk.traedesten.strategy.StrategyAdministration;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.strategy.StrategyBasics;

import org.springframework.stereotype.Component;

/**
 * Demo content: the strategies of Stevns ("Sammen MED børnene" with the kvintet model, seed 003) and København
 * ("Plads til forskellighed" with its themes, invented). Herning has none, so it shows the empty state. The two
 * models differ in data only: København's three themes are bearing elements and it has no centre element.
 */
@Component
class DemoStrategies {

	static final String STEVNS_TITLE = "Sammen MED børnene";

	static final String KOEBENHAVN_TITLE = "Plads til forskellighed";

	private final StrategyAdministration administration;

	private final Strategies strategies;

	DemoStrategies(StrategyAdministration administration, Strategies strategies) {
		this.administration = administration;
		this.strategies = strategies;
	}

	/** True once the demo strategies exist (read across tenants, as the seeder runs). */
	boolean present() {
		return !strategies.all().isEmpty();
	}

	void seed() {
		stevns();
		koebenhavn();
	}

	private void stevns() {
		// The seed dates the strategy "August 2023" and has it approved by the committee and the municipal council
		// that month; the exact day is not given, so the demo picks a plausible council meeting, 30 August 2023.
		UUID id = administration.create(336, new StrategyBasics(STEVNS_TITLE, LocalDate.of(2023, 8, 30), """
				Med denne inklusionsstrategi sættes der en fælles ramme for, hvordan vi i Stevns Kommune arbejder med \
				inklusion samt understøtter og udvikler de nødvendige fællesskaber, almentilbud og læringsmiljøer til \
				gavn for flest mulige børn og unge. Den overordnede vision for strategien er, at alle børn og unge \
				indgår i bæredygtige fællesskaber og så vidt muligt almenfællesskaber.""", """
				I arbejdet med inklusion er der fokus på det enkelte barns eller den unges ressourcer og behov og ikke \
				mindst deltagelsesmuligheder i fællesskabet samt fællesskabets evne til at indeholde forskellige børn \
				og unge. Strategiens målgruppe rummer således alle børn og unge uanset, om de er tilknyttet \
				almenområdet eller specialpædagogiske indsatser og tilbud. For at sikre, at flere børn og unge bliver en \
				del af almene fællesskaber, skal samarbejdet mellem almen- og specialområdet styrkes. Målet er, at de \
				fagprofessionelle samarbejdspartnere på børne- og ungeområdet i højere grad skaber fælles løsninger og \
				bidrager til, at så mange som muligt kan profitere af almene fællesskaber og tilbud.""",
				KvintetTemplate.MODEL_NAME), KvintetTemplate.ELEMENTS);
		// The timeline word for word; seasons are bounded as the Danish school year runs (autumn from August or
		// September, spring until June). From August 2025 the catalogue is revised once a year ("opdateret én gang
		// årligt"), so the last milestone has no end.
		milestone(id, "Forår 2023", "Proces og indhold til strategien", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 6, 30));
		milestone(id, "August 2023",
				"Godkendelse af strategien i Udvalget for Børn, Unge og Læring og Kommunalbestyrelsen",
				LocalDate.of(2023, 8, 1), LocalDate.of(2023, 8, 31));
		milestone(id, "Efterår 2023 og forår 2024",
				"Udvikling og iværksættelse af prøvehandling og fælleskommunale indsatser", LocalDate.of(2023, 9, 1),
				LocalDate.of(2024, 6, 30));
		milestone(id, "Efteråret 2024",
				"Udvikling af metode- og indsatskatalog over prøvehandling og fælleskommunale indsatser",
				LocalDate.of(2024, 8, 1), LocalDate.of(2024, 11, 30));
		milestone(id, "Efterår 2024 og forår 2025",
				"Udbredelse af metode- og indsatskatalog samt udvikling og afprøvning af nye prøvehandling og fælleskommunale indsatser",
				LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 30));
		milestone(id, "August 2025",
				"Videreudvikling af metode- og indsatskatalog over prøvehandling og fælleskommunale indsatser",
				LocalDate.of(2025, 8, 1), null);
		// Figure 1: "vi udvikler, afprøver, evaluerer for derefter at udbrede og implementere"; the seasons follow
		// the timeline (trials in autumn and spring, evaluation in the summer, the catalogue in the autumn).
		phase(id, "Udvikle", "Medarbejdere og ledere udvikler prøvehandlinger og fælleskommunale indsatser med udgangspunkt i kvintetmodellen og forbedringsmodellen.", "August–oktober");
		phase(id, "Afprøve", "Prøvehandlingerne afprøves i praksis med PDSA-cykler, og data og erfaringer samles op undervejs.", "November–maj");
		phase(id, "Evaluere", "Prøvehandlingerne evalueres, og de mest virkningsfulde metoder og indsatser udvælges.", "Juni–juli");
		phase(id, "Udbrede og implementere", "De virksomme metoder og indsatser samles i metode- og indsatskataloget og udbredes, så processen kan begynde forfra.", "August–december");
		communication(id, "Alle medarbejdere og ledere på 0-18 årsområdet",
				"Strategien, kvintetmodellen og hvordan man søger om en prøvehandling", "Personalemøder og intranettet",
				"September 2023", "Inklusionskoordinatoren");
		communication(id, "Forældre",
				"Hvad strategien betyder for børnenes hverdag, og hvordan børnenes stemmer inddrages",
				"Forældreintra og forældremøder", "Oktober 2023", "Lederne af skoler og dagtilbud");
		communication(id, "Udvalget for Børn, Unge og Læring", "Status på prøvehandlingerne og de første erfaringer",
				"Dagsordenspunkt på udvalgsmøde", "Marts 2024", "Centerchefen for Børn og Læring");
		communication(id, "Deltagerne i en prøvehandling",
				"Aftalen om, hvordan og hvornår data og erfaringer samles op", "Opstartsmøde",
				"Ved opstart af hver prøvehandling", "Inklusionskoordinatoren");
		communication(id, "Alle medarbejdere, ledere og samarbejdspartnere",
				"De mest virkningsfulde metoder og indsatser i metode- og indsatskataloget", "Netværksdag og intranettet",
				"Efteråret 2024 og derefter én gang årligt", "Center for Børn og Læring");
		communication(id, "Børn og unge", "Hvad der er kommet ud af det, de har fortalt os",
				"Klassens tid, børnemøder og elevrådet", "Hvert forår", "Lærere og pædagoger");
		onboarding(id, "Læs \"Sammen MED børnene\" og kvintetmodellen", "Nærmeste leder");
		onboarding(id, "Gå de fem elementer og pejlingerne igennem med en erfaren kollega", "Makker på arbejdspladsen");
		onboarding(id, "Deltag i introduktionsmødet om strategien, som holdes hvert kvartal", "Inklusionskoordinatoren");
		onboarding(id, "Mød PPR og de tværgående samarbejdspartnere: aldrig alene – altid kompetent", "Nærmeste leder");
		onboarding(id, "Se metode- og indsatskataloget og de prøvehandlinger, din enhed deltager i", "Nærmeste leder");
		onboarding(id, "Opfølgningssamtale efter tre måneder: hvordan arbejder du med strategien i hverdagen?", "Nærmeste leder");
	}

	private void koebenhavn() {
		UUID id = administration.create(101, new StrategyBasics(KOEBENHAVN_TITLE, LocalDate.of(2024, 6, 19),
				"Alle børn i København skal opleve, at der er plads til dem i de almene fællesskaber i dagtilbud, skole og fritid.",
				"Flere børn trives og lærer i almene fællesskaber, og færre børn visiteres til specialtilbud, fordi forældre, medarbejdere og ledere samarbejder tidligt og tæt.",
				"Handleplanens temaer"), List.of(
				new ElementDraft(ElementKind.BEARING, "Forældredialog",
						"Forældre er med fra begyndelsen, når der skal skabes plads til et barn i fællesskabet.",
						List.of("Vi taler med forældre tidligt, før en bekymring vokser",
								"Vi taler om hele børnefællesskabet, ikke kun om det enkelte barn",
								"Forældre ved, hvem de kan kontakte, og hvad der sker bagefter")),
				new ElementDraft(ElementKind.BEARING, "Børnesyn",
						"Et fælles syn på børn, hvor forskellighed er en styrke i fællesskabet.",
						List.of("Vi ser på det, børn kan, før det, de ikke kan",
								"Vi spørger børnene, før vi beslutter noget om dem")),
				new ElementDraft(ElementKind.BEARING, "Tydelig ledelse",
						"Ledere sætter retning, skaber rammer og følger op på handleplanen.",
						List.of("Ledelsen følger op på handleplanen hvert halve år",
								"Ledere går forrest i samarbejdet mellem almen- og specialområdet",
								"Medarbejderne ved, hvilke ressourcer de kan trække på"))));
		milestone(id, "Forår 2024", "Dialog med forældre, ledere og medarbejdere i de tre områder",
				LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 31));
		milestone(id, "Juni 2024", "Handleplanen vedtages i Børne- og Ungdomsudvalget", LocalDate.of(2024, 6, 1),
				LocalDate.of(2024, 6, 30));
		milestone(id, "Skoleåret 2024/25", "Temaerne afprøves på Amager, Nørrebro-Bispebjerg og Valby-Vesterbro",
				LocalDate.of(2024, 8, 1), LocalDate.of(2025, 6, 30));
		milestone(id, "Skoleåret 2025/26", "Erfaringerne deles på tværs af byen", LocalDate.of(2025, 8, 1),
				LocalDate.of(2026, 6, 30));
		milestone(id, "Skoleåret 2026/27", "Handleplanen evalueres og justeres", LocalDate.of(2026, 8, 1),
				LocalDate.of(2027, 6, 30));
		phase(id, "Planlægge", "Hvert område vælger, hvilket tema det arbejder med i år.", "August–september");
		phase(id, "Afprøve", "Enhederne afprøver nye måder at arbejde med temaet på.", "Oktober–marts");
		phase(id, "Samle op", "Områderne samler erfaringerne op på rundbordssamtaler.", "April–maj");
		phase(id, "Dele", "Erfaringerne deles på tværs af byen og indgår i næste års plan.", "Juni");
		communication(id, "Ledere i de tre områder", "Handleplanens temaer og årets fokus", "Ledermøde i området",
				"August", "Områdechefen");
		communication(id, "Forældre", "Hvordan vi arbejder med forældredialog", "Aula og forældremøder", "September",
				"Skole- og institutionsledere");
		communication(id, "Børne- og Ungdomsudvalget", "Erfaringerne fra årets afprøvning", "Notat til udvalget", "Juni",
				"Børne- og Ungdomsforvaltningen");
		onboarding(id, "Læs handleplanen \"Plads til forskellighed\"", "Nærmeste leder");
		onboarding(id, "Deltag i områdets introduktion til temaerne", "Områdechefen");
		onboarding(id, "Aftal med din leder, hvilket tema du arbejder med først", "Nærmeste leder");
	}

	private void milestone(UUID strategy, String period, String description, LocalDate startsOn, LocalDate endsOn) {
		administration.addMilestone(strategy, Milestone.draft(period, startsOn, endsOn, description));
	}

	private void phase(UUID strategy, String name, String description, String months) {
		administration.addPhase(strategy, CyclePhase.draft(name, description, months));
	}

	private void communication(UUID strategy, String audience, String message, String channel, String timing,
			String owner) {
		administration.addCommunication(strategy, CommunicationItem.draft(audience, message, channel, timing, owner));
	}

	private void onboarding(UUID strategy, String text, String responsible) {
		administration.addOnboarding(strategy, OnboardingItem.draft(text, responsible));
	}
}
