package dk.traedesten.demo;

import java.util.List;

/**
 * The texts of København's webinar of 24 September 2021: invitation and programme word for word from seed 000
 * (the note for the committee's table), and invented input from the roundtables for the wrap-up.
 */
final class DemoWebinarTexts {

	static final String TITLE = "Webinar om inkluderende fællesskaber";

	static final String THEME = "Webinar og områdevise drøftelser om inkluderende fællesskaber";

	static final String INVITATION = """
			Formålet med webinarret er at styrke videndeling på tværs af Børne- og Ungdomsudvalg, skoler og dagtilbud og sætte fokus på den forandring, som er i fuld gang på tværs af byen. Børne- og Ungdomsforvaltningen er nået langt med implementeringen af Indsatsplanen Plads til forskellighed, og webinarret vil være med til at styrke den fortsatte implementering. Der vil være fokus på temaer som forældredialog, børnesyn og tydelig ledelse, der er afgørende for at lykkes med inklusionsarbejdet og nå indsatsplanens mål.

			Programmet indebærer digitale oplæg og områdevis drøftelser. I de områdevis drøftelser vil der være fokus på, hvordan pointer fra oplæggene kan omsættes i praksis.""";

	static final String PRACTICAL = """
			Deltagerne på webinarret er medlemmerne af Børne- og Ungdomsudvalget, direktionen, områdeledelserne, repræsentanter fra forvaltningen, skoleledelser (to personer per skole), klyngeledere og repræsentanter fra de selvejende daginstitutioner. Samlet set vil det svare til et omfang af ca. 200 deltagere. På de områdevis drøftelser forventes omkring 40 deltagere per område.

			Medlemmer af Børne- og Ungdomsudvalget er samlet på Rådhuset med udvalgte skoleledere og klyngeledere samt en repræsentant fra Landsforeningen Autisme og Dyvekeskolen, som har et fælles oplæg om forældresamarbejde.

			Fagligt Center, Skole, Inklusion og Sundhed, Gyldenløvesgade 15, 1600 København V. EAN-nummer 5798009374608.""";

	static final String PLACE = "Digitalt webinar; fysiske drøftelser i områderne og på Rådhuset";

	static final String ROUNDTABLE_TITLE = "Områdeviser rundbordssamtaler med afsæt i oplæg";

	static final String ROUNDTABLE_DESCRIPTION = "BUU-medlemmer drøfter samlet på Rådhuset sammen med udvalgte "
			+ "skole/klyngeledere og repræsentant fra Landsforeningen for Autisme";

	/** Invented first and last names for the 200 participants; none is a real person's. */
	static final List<String> FIRST_NAMES = List.of("Anne", "Bo", "Camilla", "Dorthe", "Erik", "Frida", "Gustav",
			"Helle", "Ida", "Jakob", "Karen", "Lars", "Marianne", "Niels", "Pernille", "Rune", "Sanne", "Troels",
			"Ulla", "Vibeke");

	static final List<String> LAST_NAMES = List.of("Abildgaard", "Bisgaard", "Dalsgaard", "Engholm", "Fogh",
			"Grønbech", "Hvidberg", "Juhl", "Kirkegaard", "Lykke", "Mosegaard", "Nørskov", "Overgaard", "Pallesen",
			"Quist", "Riis", "Skaarup", "Toft-Hansen", "Vestergaard", "Wulff");

	/** Invented schools, seven per area with Dyvekeskolen and the demo's two schools among them. */
	static final List<String> SCHOOLS = List.of("Kastanjeskolen", "Lindehøjskolen", "Birkevangsskolen",
			"Ahornskolen", "Pilegårdsskolen", "Elmebakkeskolen", "Bøgelundskolen", "Egeskovskolen", "Rønnebærskolen",
			"Hasselskolen", "Tjørnegårdsskolen", "Valnøddeskolen", "Poppelskolen", "Askebjergskolen",
			"Kirsebærskolen", "Hyldebærskolen", "Fyrreskolen", "Grantoftskolen", "Lærkeskolen", "Mågeskolen",
			"Svaneskolen", "Vibeskolen", "Ternehusskolen", "Ravnsholtskolen", "Spurveskolen", "Uglebjergskolen",
			"Stærekassens Skole", "Havørnskolen", "Hejreskolen", "Ryleskolen", "Falkeskolen", "Glenteskolen");

	record Input(String facilitator, String noteTaker, String summary, List<String> themes,
			List<String> recommendations) {
	}

	static final Input CITY_HALL = new Input("Jesper Christensen", "Sara Vinther", """
			Udvalget drøftede oplægget om forældresamarbejde fra Dyvekeskolen og Landsforeningen Autisme. Forældre til børn med autisme oplever for ofte at skulle kæmpe for at blive hørt, og udvalget ønsker, at dialogen begynder før problemerne vokser.

			Skolelederne fortalte, at fælles sprog om børnesyn gør det lettere at tale med forældre om, hvad barnet kan, frem for hvad det ikke kan.""",
			List.of("Forældredialog tidligt i forløbet", "Børnesyn som fælles sprog", "Tydelig ledelse af forandringen"),
			List.of("Lav en fælles ramme for forældremøder om inklusion", "Brug Dyvekeskolens praksis som eksempel på tværs af byen"));

	static final List<Input> AREAS = List.of(
			new Input("Helle Juhl", "Rune Riis", """
					Bordet talte om, hvordan pointerne om kulturforandring kan omsættes på den enkelte skole. Flere pegede på, at det kræver tid i personalegruppen at ændre blikket på børnene.""",
					List.of("Tid til refleksion i personalegruppen", "Overgange mellem dagtilbud og skole"),
					List.of("Afsæt tid på hvert personalemøde til børnesyn", "Fælles overgangsmøder i området")),
			new Input("Niels Fogh", "Ida Lykke", """
					Klyngelederne fremhævede, at de selvejende daginstitutioner skal med i områdets netværk fra start.""",
					List.of("De selvejende institutioner i netværket", "Forældresamarbejde i dagtilbud"),
					List.of("Inviter de selvejende til områdets ledermøder")),
			new Input("Karen Quist", "Troels Wulff", """
					Der var enighed om, at tydelig ledelse betyder klare forventninger til både medarbejdere og forældre.""",
					List.of("Tydelig ledelse", "Forventningsafstemning med forældre"),
					List.of("Udarbejd en kort forældrefolder om Plads til forskellighed")));

	private DemoWebinarTexts() {
	}
}
