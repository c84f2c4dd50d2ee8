package dk.traedesten.trials.followup;

import java.util.List;
import java.util.Map;

import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialDecision;

/** The fictional Danish texts of the demo follow-up (all names of places are the demo's own units). */
final class DemoTexts {

	record Cycle(String objective, String prediction, String who, String what, String when, String where, String data,
			String done, String study, String act) {
	}

	record Note(NoteKind kind, String text, ChildGroup group) {
	}

	static final String AGREEMENT_NOTES = "Data og erfaringer samles på fælles møder hver sjette uge. "
			+ "PPR deltager i møderne og hjælper med at læse data.";

	static final List<Agreement.DataCollection> PLAN = List.of(
			new Agreement.DataCollection("Trivsel", "Kort trivselsmåling med fem spørgsmål (skala 1–5)",
					"Hver anden uge", "Klasselærer eller primærpædagog"),
			new Agreement.DataCollection("Fravær", "Fraværsdage pr. skoledage fra elevadministrationen",
					"Månedligt", "Skolesekretær"),
			new Agreement.DataCollection("Børnenes stemme", "Korte børnesamtaler og observation i frikvarterer",
					"To gange pr. PDSA-cyklus", "Pædagoger og PPR-psykolog"));

	static final List<Cycle> CYCLES = List.of(
			new Cycle("Flere børn leger på tværs af klasser i det store frikvarter",
					"Mindst halvdelen af børnene vil lege med en fra en anden klasse mindst én gang om ugen",
					"To pædagoger og en lærer", "Faste legeaktiviteter med legeguider fra 5. klasse",
					"Tirsdag og torsdag i fire uger", "Skolegården ved multibanen",
					"Observationsskema i frikvarteret og tre korte børnesamtaler pr. uge",
					"Legeguiderne stod for lege tirsdag og torsdag; regnvejr aflyste to gange",
					"38 % legede på tværs (forudsagt 50 %); de yngste kom mest, når en voksen var med",
					"Vi tilpasser: en voksen er med de første ti minutter"),
			new Cycle("Færre børn står alene i overgangen fra skole til klub",
					"Antallet af børn, der står alene ved overgangen, halveres",
					"Klubpædagog og lærer fra 3. årgang", "Fælles velkomst med navneopråb og en kort leg",
					"Hver dag kl. 13.30 i tre uger", "Ved indgangen til Klub Klinten",
					"Optælling af børn alene de første fem minutter, dagligt",
					"Velkomsten blev holdt 14 af 15 dage", "Fra gennemsnitligt 6 til 2 børn alene; forudsigelsen holdt",
					"Vi fastholder og udbreder til 4. årgang"),
			new Cycle("Børnene fortæller selv, hvad der gør en god dag i klassen",
					"Børnene kan nævne mindst tre ting, der gør dagen god, og vi kan ændre mindst én",
					"Klasselærer og PPR-psykolog", "Børnesamtaler i små grupper med tegninger og stikord",
					"En lektion om ugen i tre uger", "Klasselokalet og grupperummet",
					"Stikord fra samtalerne samlet i et fælles skema",
					"Alle børn deltog; de ville især have roligere morgener", "Morgenro blev nævnt af de fleste",
					"Vi afprøver en rolig morgenstart i næste cyklus"));

	static final List<Note> NOTES = List.of(
			new Note(NoteKind.CHILD_STATEMENT, "Nu ved jeg, hvem jeg skal gå hen til, når jeg ikke har nogen at lege med.",
					ChildGroup.GRADES_0_3),
			new Note(NoteKind.NOTE, "Legeguiderne tog selv initiativ til en ny leg. Flere forældre har spurgt ind til ordningen.",
					null),
			new Note(NoteKind.CHILD_STATEMENT, "Det er rart, at vi starter stille om morgenen. Så kan jeg bedre høre efter.",
					ChildGroup.GRADES_4_6),
			new Note(NoteKind.NOTE, "PPR-psykologen deltog i teammødet; vi aftalte at følge op på de børn, der stadig trækker sig.",
					null),
			new Note(NoteKind.CHILD_STATEMENT, "Jeg kan godt lide, når de voksne leger med i starten.", ChildGroup.AGE_3_5));

	static final List<List<EffectDirection>> DIRECTIONS = List.of(
			List.of(EffectDirection.IMPROVED, EffectDirection.UNCHANGED, EffectDirection.IMPROVED, EffectDirection.NOT_MEASURED),
			List.of(EffectDirection.IMPROVED, EffectDirection.IMPROVED, EffectDirection.IMPROVED, EffectDirection.UNCHANGED),
			List.of(EffectDirection.UNCHANGED, EffectDirection.UNCHANGED, EffectDirection.IMPROVED, EffectDirection.NOT_MEASURED));

	static String effect(Outcome outcome, EffectDirection direction) {
		return switch (direction) {
			case IMPROVED -> switch (outcome) {
				case WELL_BEING -> "Trivselsmålingen steg fra 3,4 til 3,9 i gennemsnit.";
				case ABSENCE -> "Fraværet faldt fra 6,1 % til 4,8 % af skoledagene.";
				case FRIENDSHIPS -> "Flere børn nævner en ven fra en anden klasse i børnesamtalerne.";
				case ACADEMIC -> "Lærerne oplever mere ro og bedre deltagelse i timerne.";
			};
			case UNCHANGED -> "Ingen tydelig ændring i forhold til baseline.";
			case WORSENED -> "Lidt dårligere end baseline; vi følger det tæt.";
			case NOT_MEASURED -> "Ikke målt i denne periode.";
		};
	}

	static final String STATUS_SUMMARY = "Efter et halvt år er indsatsen en fast del af hverdagen. Børnene tager godt "
			+ "imod den, og data viser en begyndende forbedring i trivsel og venskaber.";

	static final Map<TrialDecision, String> EVALUATION_SUMMARY = Map.of(
			TrialDecision.SPREAD, "Indsatsen har forbedret trivsel og venskaber og er blevet en del af hverdagen.",
			TrialDecision.ADAPT_AND_RETEST, "Indsatsen virker for de yngste børn, men ikke endnu for de ældste.",
			TrialDecision.STOP, "Indsatsen krævede flere timer, end enhederne har, og data viste ingen tydelig effekt.");

	static final Map<TrialDecision, String> DECISION_REASON = Map.of(
			TrialDecision.SPREAD, "Klar effekt, lav ressourceudgift og let at overføre til andre skoler og klubber.",
			TrialDecision.ADAPT_AND_RETEST, "Vi vil afprøve en tilpasset udgave for 4.–6. klasse i næste skoleår.",
			TrialDecision.STOP, "Ressourcerne bruges bedre på andre prøvehandlinger; erfaringerne deles på netværksdagen.");

	static final Map<TrialDecision, String> CLOSING = Map.of(
			TrialDecision.SPREAD, "Optages i metode- og indsatskataloget.",
			TrialDecision.ADAPT_AND_RETEST, "Tilpasses og afprøves igen i næste ansøgningsrunde.",
			TrialDecision.STOP, "Stoppes efter aftale med deltagerne.");

	static final String SUSTAINABILITY = "Kan fortsætte inden for den normale planlægning med en time om ugen til koordinering.";

	static final String DURABILITY = "Virkningen har holdt i de sidste tre måneder, også efter at ekstra opmærksomhed faldt bort.";

	static final String TRANSFERABILITY = "Kan bruges på andre skoler og i klubber; kræver en kort introduktion af de voksne.";

	private DemoTexts() {
	}
}
