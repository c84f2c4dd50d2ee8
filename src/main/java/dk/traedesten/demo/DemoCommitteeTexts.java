package dk.traedesten.demo;

import java.util.List;

import dk.traedesten.committees.Section;
import dk.traedesten.committees.SectionKind;

/**
 * The texts of the demo committee items, word for word from the sources: Herning's item 20 of 10 February 2021
 * (seed 002) and København's note about the webinar on inclusive communities (seed 000, without the sender's
 * letterhead that the source prints in the middle of its programme).
 */
final class DemoCommitteeTexts {

	static final String HERNING_TITLE = "Drøftelse af input og inspiration fra Børn og Ungetopmødet";

	static final List<String> HERNING_DEPARTMENTS = List.of("DIR", "FOU", "BFU", "SOS", "BSK", "KFU", "BYP", "TMU", "ØKE",
			"BYRX");

	static final List<Section> HERNING_SECTIONS = List.of(
			new Section(SectionKind.SUMMARY,
				"Børne- og Familieudvalget deltog ved KL's Børn og Ungetopmøde i januar 2021. På baggrund heraf lægges op til en drøftelse i udvalget af, hvad der kan inspirere til arbejdet på børne- og ungeområdet lokalt i Herning."),
			new Section(SectionKind.PRESENTATION,
				"Børne- og Familieudvalget deltog i KL's Børn og Ungetopmøde den 28. januar 2021. Temaet for topmødet var \"Et sammenhængende børne- og ungeområde\".\n"
				+ "\n"
				+ "Ved topmødet var der en række oplæg:\n"
				+ "\n"
				+ "Sammenhænge i indsatser, økonomi og data v. Morten Mandøe\n"
				+ "\n"
				+ "Oplæg om datamæssigt overblik på dagtilbuds- og skoleområdet. Fokus på det datamæssige udviklingspotentiale på dagtilbudsområdet samt mulighederne data giver for at yde tidligere indsats for børn/unge, der ikke starter på ungdomsuddannelse.\n"
				+ "\n"
				+ "Sammenhænge i kommunernes indsatser og reelle arbejde v. Carsten Hornstrup, Joint Action\n"
				+ "\n"
				+ "Oplæg om behov for yderligere opmærksomhed på den organisatoriske kvalitet – særligt kvaliteten af det tværgående samarbejde. Forskning viser, at kvaliteten af det tværfaglige samarbejde har en positiv effekt på flere niveauer. Det gælder både borgerens oplevelse af kvalitet, den faglige kvalitet af arbejdet, effektiviteten og slutteligt økonomien.\n"
				+ "\n"
				+ "Gensidige afhængigheder på børne- og ungeområdet v. Lotte Bøgh Andersen, centerleder ved Kronprins Frederiks Center for Offentlig Ledelse\n"
				+ "\n"
				+ "Oplæg om at aktørerne på børne- og ungeområdet er særligt afhængige af hinanden. Børnehaven bygger på arbejdet i vuggestuen. Folkeskolen er afhængig af dagtilbuddenes gode arbejde. Sådan fortsætter afhængigheden af hinanden i børne- og ungdomsårene og ind i voksenlivet. Derudover er kommunalpolitikerne afhængige af deres medarbejdere og ledere i forhold til at udmønte de politiske visioner og bringe erfaringer tilbage til politikerne.\n"
				+ "\n"
				+ "Herudover var der mulighed for deltagelse i forskellige politiske oplæg:\n"
				+ "\n"
				+ "  • Oplæg 1: Sammenhæng mellem de strukturelle rammer og børnenes læring, udvikling og trivsel i dagtilbuddet\n"
				+ "  • Oplæg 2: Styring, ledelse og fagligt råderum i folkeskolen – hvordan finder vi den rigtige balance?\n"
				+ "  • Oplæg 3: Syn på kommunale sammenhænge i unges vej til uddannelse og job\n"
				+ "\n"
				+ "Slutteligt var der mulighed for deltagelse i indslag fra viden og praksis:\n"
				+ "\n"
				+ "  • Sammenhæng mellem evalueringskultur, tilsyn og faglig ledelse på dagtilbudsområdet\n"
				+ "  • Samarbejde mellem forældre, sundhedsplejen og pædagoger i overgangen til dagtilbud\n"
				+ "  • God og motiverende undervisning\n"
				+ "  • Bedre sammenhæng mellem almen og specialundervisning giver bedre uddannelses- og livsmuligheder\n"
				+ "  • Hvad skal der til for at nedbringe skolefravær?\n"
				+ "\n"
				+ "Link til program findes her."),
			new Section(SectionKind.RECOMMENDATION,
				"Direktøren for Børn og Unge indstiller,\n"
				+ "\n"
				+ "at Børne- og Familieudvalget drøfter input og inspiration fra Børn og Ungetopmødet i forhold til, hvad der med fordel kan inddrages i det lokale arbejde på området.\n"
				+ "Direktøren for Børn og Unge indstiller,"));

	static final String NOTE_TITLE = "Aflæggerbordsnotat vedr. webinar om inkluderende fællesskaber";

	static final List<Section> NOTE_SECTIONS = List.of(
			new Section(SectionKind.SUMMARY,
				"Børne- og Ungdomsforvaltningen planlægger webinar og tilhørende områdevis drøftelser om inkluderende fællesskaber d. 24. september 2021."),
			new Section(SectionKind.BACKGROUND,
				"Børne- og Ungdomsudvalget besluttede i efteråret 2020, at specialkonferencen skulle afholdes d. 5. maj 2021, men pga. COVID-19 blev den aflyst og udskudt. Som erstatning for specialkonferencen arbejdes der henimod at afvikle et webinar med gruppevis rundbordssamtaler lokalt i områderne d. 24. september 2021."),
			new Section(SectionKind.PURPOSE,
				"Formålet med webinarret er at styrke videndeling på tværs af Børne- og Ungdomsudvalg, skoler og dagtilbud og sætte fokus på den forandring, som er i fuld gang på tværs af byen. Børne- og Ungdomsforvaltningen er nået langt med implementeringen af Indsatsplanen Plads til forskellighed, og webinarret vil være med til at styrke den fortsatte implementering. Der vil være fokus på temaer som forældredialog, børnesyn og tydelig ledelse, der er afgørende for at lykkes med inklusionsarbejdet og nå indsatsplanens mål."),
			new Section(SectionKind.TARGET_GROUP,
				"Deltagerne på webinarret er medlemmerne af Børne- og Ungdomsudvalget, direktionen, områdeledelserne, repræsentanter fra forvaltningen, skoleledelser (to personer per skole), klyngeledere og repræsentanter fra de selvejende daginstitutioner. Samlet set vil det svare til et omfang af ca. 200 deltagere. På de områdevis drøftelser forventes omkring 40 deltagere per område."),
			new Section(SectionKind.PROGRAMME,
				"Herunder skitseres det foreløbige udkast til program. Programmet indebærer digitale oplæg og områdevis drøftelser. I de områdevis drøftelser vil der være fokus på, hvordan pointer fra oplæggene kan omsættes i praksis.\n"
				+ "\n"
				+ "Medlemmer af Børne- og Ungdomsudvalget er samlet på Rådhuset med udvalgte skoleledere og klyngeledere samt en repræsentant fra Landsforeningen Autisme og Dyvekeskolen, som har et fælles oplæg om forældresamarbejde.\n"
				+ "\n"
				+ "Webinar:\n"
				+ "\n"
				+ "- Velkomst og status på Indsatsplanen Plads til forskellighed v. Jesper Christensen\n"
				+ "- Oplæg om børnesyn og kulturforandring v. Thomas Nordahl\n"
				+ "- Oplæg om forældresamarbejde med afsæt i et praksiseksempel v. Dyvekeskolen og Landsforeningen Autisme (afventer bekræftelse)\n"
				+ "\n"
				+ "Fysiske drøftelser i områder/Rådhuset:\n"
				+ "\n"
				+ "- Områdeviser rundbordssamtaler med afsæt i oplæg / BUU-medlemmer drøfter samlet på Rådhuset sammen med udvalgte skole/klyngeledere og repræsentant fra Landsforeningen for Autisme\n"
				+ "\n"
				+ "Webinar:\n"
				+ "\n"
				+ "- Fælles opsamling på tværs af byen med input fra drøftelser"),
			new Section(SectionKind.ECONOMY,
				"Udgifterne til webinarret kan afholdes inden for økonomien i indsatsplanen Plads til forskellighed."),
			new Section(SectionKind.FURTHER_PROCESS,
				"Invitation, program og drejebog for dagen og invitation bliver udarbejdet i løbet af maj"));

	private DemoCommitteeTexts() {
	}
}
