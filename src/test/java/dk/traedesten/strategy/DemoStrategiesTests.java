package dk.traedesten.strategy;

import static dk.traedesten.strategy.ElementKind.BEARING;
import static dk.traedesten.strategy.ElementKind.CENTRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo strategies hold seed 003's text word for word, and København's model is data of another shape. */
@SpringBootTest
class DemoStrategiesTests {

	@Autowired
	Strategies strategies;

	private StrategyDocument current(int municipalityCode) {
		return TenantScope.asTenant(municipalityCode, "test", () -> strategies.document(
				strategies.current().orElseThrow().id()).orElseThrow());
	}

	@Test
	void stevnsWorksBySammenMedBoernene() {
		StrategyDocument stevns = current(336);
		assertThat(stevns.summary().title()).isEqualTo("Sammen MED børnene");
		assertThat(stevns.summary().modelName()).isEqualTo("Kvintetmodellen");
		assertThat(stevns.summary().approvedOn()).hasYear(2023).hasMonthValue(8);
		assertThat(stevns.vision()).isEqualTo("Med denne inklusionsstrategi sættes der en fælles ramme for, hvordan vi i "
				+ "Stevns Kommune arbejder med inklusion samt understøtter og udvikler de nødvendige fællesskaber, "
				+ "almentilbud og læringsmiljøer til gavn for flest mulige børn og unge. Den overordnede vision for "
				+ "strategien er, at alle børn og unge indgår i bæredygtige fællesskaber og så vidt muligt "
				+ "almenfællesskaber.");
		assertThat(stevns.goals()).startsWith("I arbejdet med inklusion er der fokus på det enkelte barns eller den unges "
				+ "ressourcer og behov og ikke mindst deltagelsesmuligheder i fællesskabet samt fællesskabets evne til at "
				+ "indeholde forskellige børn og unge.")
			.endsWith("Målet er, at de fagprofessionelle samarbejdspartnere på børne- og ungeområdet i højere grad skaber "
					+ "fælles løsninger og bidrager til, at så mange som muligt kan profitere af almene fællesskaber og tilbud.")
			.contains("For at sikre, at flere børn og unge bliver en del af almene fællesskaber, skal samarbejdet mellem "
					+ "almen- og specialområdet styrkes.");
	}

	@Test
	void stevnsModelHasTheFiveElementsInOrderWithEveryPejlingWordForWord() {
		List<ModelElement> elements = current(336).elements();
		assertThat(elements).extracting(ModelElement::name, ModelElement::kind).containsExactly(
				tuple("Vi arbejder fællesskabende", BEARING), tuple("Pædagogiske og didaktiske metoder", BEARING),
				tuple("Ressourcer følger børnefællesskabet", BEARING), tuple("Aldrig alene – altid kompetent", BEARING),
				tuple("Prøvehandlinger og øvebaner", CENTRE));
		assertThat(elements.get(0).guidingPoints()).containsExactly(
				"Alle børn har et ønske om at lykkes og trives, og de gør det bedste, de kan",
				"Alle børn ønsker at være en del af fællesskabet, og alle børn har forskellige styrker og udfordringer, som bidrager til fællesskabet",
				"Setup for succes i fællesskabet, hvor vi justerer forventninger og krav i forhold til børnegruppens og de enkelte børns dagsform",
				"Vi er sammen om at lykkes og øver os i fællesskab; både børn, forældre og fagpersoner");
		assertThat(elements.get(1).guidingPoints()).containsExactly(
				"Børn skal have lige muligheder for at blive hørt og have reel mulighed for inddragelse",
				"Mere anerkendelse af mangfoldighed i fællesskabet, som bl.a. handler om at høre til og blive holdt af",
				"Vi skal arbejde med færre regler og mere forudsigelighed",
				"Der skal skabes højere grad af sammenhæng og overlap mellem forskellige aktiviteter i børnenes hverdag, mellem dagtilbud og skole mm.");
		assertThat(elements.get(2).guidingPoints()).containsExactly("Ledelsesmæssig opbakning og vedholdenhed",
				"Vi går mod det integrative samarbejde, hvor vi investerer ressourcer i hinanden for at nå det fælles mål omkring børnene",
				"Vi arbejder med strategisk kompetenceudvikling",
				"Onboarding af nye medarbejdere i \"Sammen MED børnene\" sker løbende fra lokalt og centralt hold");
		assertThat(elements.get(3).guidingPoints()).containsExactly("Udbygning af kendskab og netværk på tværs",
				"Udvikling af sam-praksis / co-teaching", "Udvikling og afprøvning af fælles tværgående modeller");
		assertThat(elements.get(4).guidingPoints()).as("the seed gives the centre element no pejlinger").isEmpty();
		assertThat(elements).allSatisfy(element -> assertThat(element.description()).isNotBlank());
	}

	@Test
	void stevnsTimelineIsTheSeedsSixMilestonesWordForWordWithTheLastOneCurrent() {
		StrategyDocument stevns = current(336);
		assertThat(stevns.milestones()).extracting(Milestone::period, Milestone::description).containsExactly(
				tuple("Forår 2023", "Proces og indhold til strategien"),
				tuple("August 2023", "Godkendelse af strategien i Udvalget for Børn, Unge og Læring og Kommunalbestyrelsen"),
				tuple("Efterår 2023 og forår 2024", "Udvikling og iværksættelse af prøvehandling og fælleskommunale indsatser"),
				tuple("Efteråret 2024", "Udvikling af metode- og indsatskatalog over prøvehandling og fælleskommunale indsatser"),
				tuple("Efterår 2024 og forår 2025",
						"Udbredelse af metode- og indsatskatalog samt udvikling og afprøvning af nye prøvehandling og fælleskommunale indsatser"),
				tuple("August 2025", "Videreudvikling af metode- og indsatskatalog over prøvehandling og fælleskommunale indsatser"));
		assertThat(stevns.milestones()).allSatisfy(milestone -> assertThat(milestone.startsOn()).isNotNull());
		assertThat(stevns.milestones().stream().filter(milestone -> milestone.currentOn(LocalDate.of(2023, 8, 30))))
			.extracting(Milestone::period).containsExactly("August 2023");
		assertThat(stevns.phases()).extracting(CyclePhase::name)
			.containsExactly("Udvikle", "Afprøve", "Evaluere", "Udbrede og implementere");
		assertThat(stevns.communication()).hasSizeBetween(5, 6).allSatisfy(row -> assertThat(List.of(row.audience(),
				row.message(), row.channel(), row.timing(), row.owner())).allSatisfy(text -> assertThat(text).isNotBlank()));
		assertThat(stevns.onboarding()).hasSizeBetween(5, 7);
	}

	@Test
	void koebenhavnsActionPlanHasThreeBearingThemesAndNoCentre() {
		StrategyDocument koebenhavn = current(101);
		assertThat(koebenhavn.summary().title()).isEqualTo("Plads til forskellighed");
		assertThat(koebenhavn.elements()).extracting(ModelElement::name, ModelElement::kind).containsExactly(
				tuple("Forældredialog", BEARING), tuple("Børnesyn", BEARING), tuple("Tydelig ledelse", BEARING));
		assertThat(koebenhavn.elements()).allSatisfy(theme -> assertThat(theme.guidingPoints()).hasSizeBetween(2, 3));
		assertThat(koebenhavn.milestones()).isNotEmpty();
		assertThat(koebenhavn.phases()).isNotEmpty();
	}

	@Test
	void herningHasNoStrategy() {
		assertThat(TenantScope.asTenant(657, "test", () -> strategies.all())).isEmpty();
		assertThat(TenantScope.asTenant(657, "test", () -> strategies.current())).isEmpty();
	}
}
