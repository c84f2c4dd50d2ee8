package dk.traedesten.strategy;

import java.util.List;

/**
 * Stevns' kvintet model (seed 003, "Sammen MED børnene"): four bearing elements and the centre element, with every
 * guiding point word for word. It is the starting point a municipality may build its own model from, and the
 * demo's Stevns strategy. The centre element has no guiding points in the seed, so it has none here.
 */
public final class KvintetTemplate {

	public static final String MODEL_NAME = "Kvintetmodellen";

	public static final List<ElementDraft> ELEMENTS = List.of(
			new ElementDraft(ElementKind.BEARING, "Vi arbejder fællesskabende", """
					Børn, forældre og fagpersoner skaber de bedste løsninger i fællesskab og aldrig alene. Fællesskab \
					dækker børnefællesskabet, fællesskabet på tværs af fagpersoner og fællesskabet med forældrene. \
					Balancen for deltagelse tilpasses det enkelte barn, og børn og voksne taler sammen og lytter til \
					hinandens forskellige oplevelser og forståelser.""",
					List.of("Alle børn har et ønske om at lykkes og trives, og de gør det bedste, de kan",
							"Alle børn ønsker at være en del af fællesskabet, og alle børn har forskellige styrker og udfordringer, som bidrager til fællesskabet",
							"Setup for succes i fællesskabet, hvor vi justerer forventninger og krav i forhold til børnegruppens og de enkelte børns dagsform",
							"Vi er sammen om at lykkes og øver os i fællesskab; både børn, forældre og fagpersoner")),
			new ElementDraft(ElementKind.BEARING, "Pædagogiske og didaktiske metoder", """
					Hvordan vi i praksis skaber inkluderende læringsmiljøer med fælles pædagogiske og didaktiske \
					metoder. Barnets perspektiv er grundlæggende og rammesættende og inddrages fx med aktiv lytning, \
					samtaler, observationer og interview. Metoder afprøves, udvikles og samles i et fælles metode- og \
					indsatskatalog, som løbende revideres.""",
					List.of("Børn skal have lige muligheder for at blive hørt og have reel mulighed for inddragelse",
							"Mere anerkendelse af mangfoldighed i fællesskabet, som bl.a. handler om at høre til og blive holdt af",
							"Vi skal arbejde med færre regler og mere forudsigelighed",
							"Der skal skabes højere grad af sammenhæng og overlap mellem forskellige aktiviteter i børnenes hverdag, mellem dagtilbud og skole mm.")),
			new ElementDraft(ElementKind.BEARING, "Ressourcer følger børnefællesskabet", """
					Organisatoriske og ledelsesmæssige rammer, hvor ressourcerne følger børnene ind i fællesskabet. \
					Vi investerer ressourcer i hinandens områder, deler viden på tværs af organisationen og skaber \
					gennemsigtighed i medarbejdernes rammer, opgaver og handlerum, med tæt opfølgning på \
					prøvehandlingerne.""",
					List.of("Ledelsesmæssig opbakning og vedholdenhed",
							"Vi går mod det integrative samarbejde, hvor vi investerer ressourcer i hinanden for at nå det fælles mål omkring børnene",
							"Vi arbejder med strategisk kompetenceudvikling",
							"Onboarding af nye medarbejdere i \"Sammen MED børnene\" sker løbende fra lokalt og centralt hold")),
			new ElementDraft(ElementKind.BEARING, "Aldrig alene – altid kompetent", """
					Ingen fagperson står alene med en opgave: gennem kendskab og netværk kan man altid række ud til \
					andre og være kompetente sammen på tværs af organisationen. Sampraksis og co-teaching giver \
					retning og struktur for samarbejdet, og specialpædagogisk viden og kompetencer deles i hele \
					kommunen.""",
					List.of("Udbygning af kendskab og netværk på tværs", "Udvikling af sam-praksis / co-teaching",
							"Udvikling og afprøvning af fælles tværgående modeller")),
			new ElementDraft(ElementKind.CENTRE, "Prøvehandlinger og øvebaner", """
					Centerelementet, hvor de fire bærende elementer sættes i spil og omsættes til konkrete indsatser \
					og handlinger med forbedringsmodellen som fælles udgangspunkt. Vi tør afprøve idéer, også uden \
					garanti for at lykkes hver gang, og prøvehandlingerne skal være bæredygtige, langtidsholdbare og \
					kunne overføres til andre sammenhænge. Strategien er noget, vi gør.""",
					List.of()));

	private KvintetTemplate() {
	}
}
