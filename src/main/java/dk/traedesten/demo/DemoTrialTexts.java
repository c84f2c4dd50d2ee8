package dk.traedesten.demo;

import static dk.traedesten.organisation.UnitKind.DAYCARE;
import static dk.traedesten.organisation.UnitKind.HEALTH_VISITING;
import static dk.traedesten.organisation.UnitKind.LEISURE_CLUB;
import static dk.traedesten.organisation.UnitKind.SCHOOL;
import static dk.traedesten.organisation.UnitKind.SPECIAL_PROVISION;
import static dk.traedesten.trials.TrialState.DRAFT;
import static dk.traedesten.trials.TrialState.ELIGIBLE;
import static dk.traedesten.trials.TrialState.INELIGIBLE;
import static dk.traedesten.trials.TrialState.IN_REVIEW;
import static dk.traedesten.trials.TrialState.NOT_SELECTED;
import static dk.traedesten.trials.TrialState.SELECTED;

import java.util.List;

import dk.traedesten.organisation.UnitKind;
import dk.traedesten.trials.MeasureOutcome;
import dk.traedesten.trials.TrialApplication;

/** The invented Danish content of the demo applications. */
final class DemoTrialTexts {

	static final String PAST_ANNOUNCEMENT = "Vi søger prøvehandlinger, hvor almen- og specialområdet arbejder sammen om, at flere børn "
			+ "trives og lærer i de almene fællesskaber. Prøvehandlingerne bygger på kvintetmodellen og forbedringsmodellen, "
			+ "og børnenes stemmer skal høres undervejs. Udvalget udvælger ca. 20 prøvehandlinger.";

	static final String OPEN_ANNOUNCEMENT = "Anden runde af prøvehandlinger under \"Sammen MED børnene\". Vi søger især prøvehandlinger "
			+ "i overgangene mellem dagtilbud, skole og fritid, og mellemformer, hvor ressourcerne følger børnefællesskabet.";

	private static final String LEADER_OK = "Stærk kobling mellem almen og special, tydelig baseline og en realistisk første PDSA-cyklus.";

	static final List<DemoTrials.Demo> PAST = List.of(
			demo("Co-teaching i 4. klasse med PPR", "Strandengens Skole", "PPR Stevns", "Skolepsykologen deltager i planlægning og evaluering hver anden uge.",
					"Klasselærer og skolepsykolog planlægger og gennemfører to dobbeltlektioner om ugen sammen (co-teaching) i 4.b.",
					"Flere børn i 4.b trækker sig fra fællesskabet i timerne, og tre børn er i risiko for at blive henvist til specialtilbud.",
					9, 11, SCHOOL, 24, SELECTED, LEADER_OK, null),
			demo("Mellemform mellem Fyrtårnet og Kalkbakken", "Heldagsskolen Fyrtårnet", "Kalkbakkens Skole", "Stiller klasselokale og en lærer til rådighed tre dage om ugen.",
					"Elever fra Heldagsskolen Fyrtårnet følger udvalgte fag i en almen klasse på Kalkbakkens Skole med en speciallærer som fast følgeskab.",
					"Børn i specialtilbud har få muligheder for at deltage i almene fællesskaber, også når de fagligt og socialt er klar til det.",
					10, 14, SPECIAL_PROVISION, 8, SELECTED, "En mellemform, som strategien efterspørger, med klar plan for overgangene.", null),
			demo("Sprogstimulering med Sundhedsplejen", "Børnehuset Mågereden", "Sundhedsplejen Stevns", "Sundhedsplejersken deltager i forældresamtaler og sprogvurderinger.",
					"Pædagoger og sundhedsplejerske laver fælles sprogaktiviteter i små grupper og inviterer forældrene med en gang om måneden.",
					"En del 3-årige har et sprog, der gør det svært at deltage i leg og samling.",
					2, 4, DAYCARE, 18, SELECTED, "Tidlig og forebyggende indsats med forældrene som aktive medspillere.", null),
			demo("Pausetilbud i Klub Klinten", "Klub Klinten", "Kalkbakkens Skole", "Skolen planlægger sammen med klubben, hvilke elever der bruger pauserummet.",
					"Et roligt pauserum i klubben, som elever fra mellemtrinnet kan bruge i frikvartererne, med en kendt voksen til stede.",
					"Nogle elever bliver overvældede i de store frikvarterer, og konflikterne følger med ind i timerne.",
					10, 13, LEISURE_CLUB, 15, SELECTED, LEADER_OK, null),
			demo("Fælles morgenstart i indskolingen", "Strandengens Skole", "Klub Klinten", "Klubpædagoger er med i morgenstarten fire dage om ugen.",
					"En rolig fælles morgenstart med morgenmad, bevægelse og dagens program, som lærere og pædagoger gennemfører sammen.",
					"Morgenerne er kaotiske for flere børn, og fraværet i 1. og 2. klasse er højt.",
					6, 8, SCHOOL, 45, SELECTED, "Enkel og overførbar indsats med en tydelig fraværsmåling.", null),
			demo("Brobygning fra børnehave til skole", "Børnehuset Kridthuset", "Strandengens Skole", "Børnehaveklasselederen besøger børnehaven hver uge i foråret.",
					"Kommende skolebørn besøger skolen hver uge fra februar, og børnehaveklasselederen er på besøg i børnehaven.",
					"Overgangen fra børnehave til skole er svær for de børn, der har brug for forudsigelighed.",
					5, 6, DAYCARE, 22, SELECTED, "Styrker sammenhængen mellem dagtilbud og skole, som pejlingerne beder om.", null),
			demo("Trivselsgrupper med skolepsykolog", "PPR Stevns", "Kalkbakkens Skole", "Skolen stiller lokale og en lærer til rådighed.",
					"Skolepsykologen og en lærer leder små trivselsgrupper for elever, der er bekymret for at komme i skole.",
					"Bekymringsfravær stiger på mellemtrinnet.",
					10, 12, SCHOOL, 12, SELECTED, LEADER_OK, null),
			demo("Legegrupper på tværs af stuerne", "Børnehuset Mågereden", "PPR Stevns", "PPR-psykologen vejleder personalet en gang om måneden.",
					"Faste legegrupper på tværs af stuerne, hvor de voksne bevidst sætter børn sammen og støtter legen.",
					"Nogle børn står ofte uden for legen og har få venskaber.",
					3, 5, DAYCARE, 30, SELECTED, "Konkret arbejde med venskaber og legefællesskaber.", null),
			demo("Fagligt makkerskab i matematik", "Kalkbakkens Skole", "Strandengens Skole", "Matematikvejlederen fra Strandengen giver sparring.",
					"Elever arbejder i faste makkerpar i matematik med fælles strukturer på tværs af de to skoler.",
					"Elever med faglige udfordringer falder fra i matematik og mister lysten til at deltage.",
					11, 13, SCHOOL, 50, SELECTED, LEADER_OK, null),
			demo("Ude-dage med Fyrtårnet og Kridthuset", "Heldagsskolen Fyrtårnet", "Børnehuset Kridthuset", "Børnehaven deltager i ude-dagene hver fredag.",
					"Fælles ude-dage, hvor børn fra specialtilbuddet og børnehaven leger og lærer sammen i naturen.",
					"Børn i specialtilbud møder sjældent jævnaldrende uden for deres eget tilbud.",
					5, 9, SPECIAL_PROVISION, 14, SELECTED, "Nye fællesskaber på tværs af almen og special.", null),
			demo("Familiesamtaler i overgangen til 7. klasse", "Kalkbakkens Skole", "Familieafdelingen Stevns", "En familierådgiver deltager i samtalerne.",
					"Skole og familieafdeling holder fælles samtaler med elev og forældre før og efter overgangen til udskolingen.",
					"Overgangen til 7. klasse giver fravær og konflikter for en gruppe elever.",
					12, 14, SCHOOL, 16, SELECTED, LEADER_OK, null),
			demo("Drengegruppe i klubben", "Klub Klinten", "PPR Stevns", "PPR vejleder klubpædagogerne om samtaler.",
					"En ugentlig drengegruppe i klubben med aktiviteter og samtaler om venskab og konflikter.",
					"En gruppe drenge fylder meget i konflikter både i skolen og i klubben.",
					11, 14, LEISURE_CLUB, 10, SELECTED, "God inddragelse af børnenes egne perspektiver.", null),
			demo("Motorik og bevægelse i vuggestuen", "Børnehuset Kridthuset", "Sundhedsplejen Stevns", "Sundhedsplejersken vejleder om motorisk udvikling.",
					"Daglige bevægelseslege og motoriske baner i vuggestuen, planlagt med sundhedsplejen.",
					"Flere småbørn har motoriske udfordringer, der gør det svært at være med i legen.",
					1, 3, DAYCARE, 20, SELECTED, LEADER_OK, null),
			demo("Læsemakkere fra 6. til 2. klasse", "Strandengens Skole", "Kalkbakkens Skole", "Læsevejlederen fra Kalkbakken giver sparring.",
					"Elever fra 6. klasse læser med elever fra 2. klasse to gange om ugen.",
					"Nogle elever i 2. klasse mister troen på, at de kan lære at læse.",
					8, 12, SCHOOL, 40, SELECTED, "Styrker både fagligt udbytte og relationer på tværs af årgange.", null),
			demo("Ro i overgangene på Fyrtårnet", "Heldagsskolen Fyrtårnet", "PPR Stevns", "PPR observerer og vejleder om overgange.",
					"Faste rutiner og visuelle skemaer i alle overgange i løbet af dagen, udviklet sammen med PPR.",
					"Overgangene mellem aktiviteter udløser mange konflikter.",
					7, 12, SPECIAL_PROVISION, 12, SELECTED, LEADER_OK, null),
			demo("Forældrecafé i børnehaven", "Børnehuset Mågereden", "Familieafdelingen Stevns", "Familierådgiveren deltager i caféen hver anden måned.",
					"En forældrecafé om måneden, hvor forældre og personale taler om børnefællesskabet.",
					"Nogle forældre er usikre på, hvordan de kan støtte deres barns venskaber.",
					3, 6, DAYCARE, 35, SELECTED, "Forældrene inddrages som en del af fællesskabet.", null),
			demo("Robotprogrammering i klubben", "Klub Klinten", "Strandengens Skole", "Skolens natur/teknologi-lærer er med en gang om ugen.",
					"Et robotværksted i klubben for elever, der keder sig i undervisningen.",
					"Nogle elever mister motivationen og søger væk fra fællesskabet.",
					10, 13, LEISURE_CLUB, 12, NOT_SELECTED, "Et godt tilbud, men koblingen til kvintetmodellens elementer er for svag i denne runde.", null),
			demo("Hundebesøg i indskolingen", "Strandengens Skole", "Klub Klinten", "Klubben låner sin hundefører ud.",
					"En skolehund besøger 1. klasse en gang om ugen.",
					"Nogle børn er urolige og har svært ved at falde til ro.",
					6, 8, SCHOOL, 24, NOT_SELECTED, "Målingerne siger ikke nok om, hvordan indsatsen styrker fællesskabet.", null),
			demo("Musik på tværs af skolerne", "Kalkbakkens Skole", "Heldagsskolen Fyrtårnet", "Musiklæreren fra Fyrtårnet deltager.",
					"Et fælles kor for elever fra Kalkbakken og Fyrtårnet.",
					"Eleverne fra de to skoler kender ikke hinanden.",
					9, 13, SCHOOL, 30, NOT_SELECTED, "Udvalget har prioriteret prøvehandlinger med en stærkere baseline.", null),
			demo("Ekstra voksen i spisesituationen", "Børnehuset Kridthuset", "PPR Stevns", "PPR giver sparring.",
					"En ekstra voksen i frokosten på den største stue.",
					"Frokosten er urolig.",
					3, 6, DAYCARE, 22, NOT_SELECTED, "Indsatsen er mere en normering end en prøvehandling, der kan overføres.", null),
			demo("Skakklub i frikvarteret", "Kalkbakkens Skole", "Klub Klinten", "Klubben låner skakbrætter ud.",
					"Skak i frikvartererne med en voksen.",
					"Nogle elever er alene i frikvartererne.",
					9, 12, SCHOOL, 15, IN_REVIEW, null, null),
			demo("Naturfag i skoven", "Strandengens Skole", "Børnehuset Mågereden", "Børnehaven deler sin skovgrund.",
					"Naturfagsundervisning i skoven med besøg af børnehavebørn.",
					"Elever med brug for bevægelse får meget ud af undervisning udenfor.",
					8, 10, SCHOOL, 26, IN_REVIEW, null, null),
			demo("Fælles personalemøder almen og special", "Heldagsskolen Fyrtårnet", "Strandengens Skole", "Lærere fra Strandengen deltager.",
					"Fire fælles personalemøder om året om konkrete elevforløb på tværs af skolerne.",
					"Viden fra specialområdet kommer ikke ud til almenområdet.",
					6, 16, SPECIAL_PROVISION, 0, IN_REVIEW, null, null),
			demo("Lektiecafé i klubben", "Klub Klinten", "Kalkbakkens Skole", "Skolens lærere deltager to eftermiddage om ugen.",
					"Lektiecafé i klubben med lærere og pædagoger.",
					"Nogle elever får ikke hjælp til lektier derhjemme.",
					10, 14, LEISURE_CLUB, 20, ELIGIBLE, null, null),
			demo("Sansehave ved Kridthuset", "Børnehuset Kridthuset", "Heldagsskolen Fyrtårnet", "Fyrtårnets ergoterapeut rådgiver.",
					"En sansehave, som børnehaven og specialtilbuddet bruger sammen.",
					"Børn med sansemæssige udfordringer mangler rolige steder at lege.",
					3, 8, DAYCARE, 25, ELIGIBLE, null, null),
			demo("Klassens time med PPR", "Strandengens Skole", "PPR Stevns", "PPR deltager i klassens time.",
					"PPR er med i klassens time en gang om måneden.",
					"Konflikter i klassen.",
					10, 12, SCHOOL, 24, INELIGIBLE, null, "child"),
			demo("Bevægelsesbånd i udskolingen", "Kalkbakkens Skole", "Klub Klinten", "Klubben leverer aktiviteter.",
					"Et dagligt bevægelsesbånd på 30 minutter.",
					"Eleverne sidder stille for meget.",
					13, 15, SCHOOL, 60, INELIGIBLE, null, "measure"),
			demo("Tidlig opsporing i vuggestuen", "Sundhedsplejen Stevns", "Børnehuset Mågereden", "Vuggestuen deltager i trivselsvurderinger.",
					"Sundhedsplejerske og pædagoger laver fælles trivselsvurderinger.",
					"Mistrivsel opdages sent.",
					0, 3, HEALTH_VISITING, 30, INELIGIBLE, null, "approval"),
			demo("Samtalegrupper om skilsmisse", "PPR Stevns", "Strandengens Skole", "Skolen finder deltagerne.",
					"Samtalegrupper for børn, hvis forældre er gået fra hinanden.",
					"Børn i skilsmissefamilier trækker sig fra fællesskabet.",
					9, 12, SCHOOL, 8, DRAFT, null, "approval"));

	static final List<DemoTrials.Demo> OPEN = List.of(
			demo("Fritidspas til børn i mellemformen", "Klub Klinten", "Heldagsskolen Fyrtårnet", "Fyrtårnet følger børnene det første halve år.",
					"Børn fra Fyrtårnets mellemform får et fritidspas til klubben og en fast voksen, der tager imod dem.",
					"Børn i specialtilbud går sjældent i almene fritidstilbud.",
					10, 14, LEISURE_CLUB, 10, ELIGIBLE, null, null),
			demo("Sprogvenner i børnehaveklassen", "Strandengens Skole", "Børnehuset Mågereden", "Børnehaven sender sine sprogpædagoger med.",
					"Sprogvenner fra børnehaven følger de børn, der har brug for sprogstøtte, ind i børnehaveklassen.",
					"Børn med sproglige udfordringer mister støtten ved skolestart.",
					5, 7, SCHOOL, 12, DRAFT, null, "approval"),
			demo("Fælles forældremøde om fravær", "Kalkbakkens Skole", "Familieafdelingen Stevns", "Familieafdelingen deltager i møderne.",
					"Forældremøder om bekymringsfravær med skole og familieafdeling sammen.",
					"Bekymringsfravær i udskolingen.",
					13, 16, SCHOOL, 20, DRAFT, null, "confirmation"));

	private DemoTrialTexts() {
	}

	private static DemoTrials.Demo demo(String title, String lead, String partner, String contribution,
			String intervention, String problem, int ageFrom, int ageTo, UnitKind kind, int children,
			dk.traedesten.trials.TrialState state, String reason, String missing) {
		return new DemoTrials.Demo(title, lead, partner, contribution, intervention, problem, ageFrom, ageTo, kind,
				children, state, reason, missing);
	}

	static String element(int position, String title) {
		return switch (position % 4) {
			case 1 -> "Vi arbejder fællesskabende: alle børn er med i de samme aktiviteter, og vi justerer krav og forventninger til dagsformen.";
			case 2 -> "Vi bruger faste strukturer, færre regler og mere forudsigelighed, og børnene bliver hørt om, hvad der virker.";
			case 3 -> "Begge enheder lægger timer i prøvehandlingen, og lederne følger op hver måned, så ressourcerne følger fællesskabet.";
			default -> "Ingen står alene: de voksne planlægger og evaluerer sammen og deler viden på tværs af enhederne.";
		};
	}

	static String childPerspective(UnitKind kind) {
		return kind == DAYCARE || kind == HEALTH_VISITING
				? "Vi observerer legen og taler med børnene i små grupper om, hvad der er sjovt og svært. Forældrene fortæller, hvad barnet siger derhjemme."
				: "Børnene interviewes kort før start, efter tre måneder og ved afslutningen, og de er med til at evaluere hver PDSA-cyklus.";
	}

	static String aim(DemoTrials.Demo demo) {
		return "Flere af de " + demo.children() + " børn oplever, at de hører til i fællesskabet, målt som en stigning i trivsel inden for et skoleår.";
	}

	static List<TrialApplication.Measure> measures(DemoTrials.Demo demo) {
		return List.of(
				new TrialApplication.Measure("Andel børn, der svarer positivt om trivsel", MeasureOutcome.WELL_BEING,
						"Trivselsspørgsmål besvares i de første to uger, før indsatsen starter.", "Stigning på 15 procentpoint"),
				new TrialApplication.Measure("Fraværsdage pr. måned", MeasureOutcome.ABSENCE,
						"Fravær for de tre måneder før start trækkes fra elevadministrationen.", "Et fald på en tredjedel"));
	}

	static String changeIdeas(DemoTrials.Demo demo) {
		return "Fælles planlægning en gang om ugen; faste roller for de voksne; korte evalueringer med børnene efter hver uge.";
	}

	static String firstCycle(DemoTrials.Demo demo) {
		return "Plan: vi afprøver indsatsen i fire uger med én gruppe. Vi forventer færre konflikter. Do: de voksne noterer efter hver gang. "
				+ "Study: vi sammenligner med baseline. Act: vi beslutter, om vi fortsætter, tilpasser eller stopper.";
	}

	static String effect(DemoTrials.Demo demo) {
		return "Mere trivsel og flere venskaber, mindre fravær og færre henvisninger til specialtilbud.";
	}

	static String dataCollection(DemoTrials.Demo demo) {
		return "Baseline fra start; trivselsspørgsmål hver tredje måned; fravær månedligt; korte noter fra de voksne og børnenes udsagn uden navne.";
	}
}
