package dk.traedesten.demo;

import java.util.List;

/** The texts of seed 004's invitation, word for word (KL's Børn &amp; Unge Topmøde 2021). */
final class DemoEventTexts {

	static final String INVITATION = """
			Kommunerne skal sikre dagtilbud, folkeskoler og fritidstilbud med stærke børnefællesskaber, som øger den sociale mobilitet og løfter og udfordrer alle børn. Men flere børn og unge trives ikke, og flere unge kommer ikke i uddannelse. Skal vi løse udfordringerne, skal vi i kommunerne blive endnu bedre til at se børn og unges liv og udvikling i større sammenhæng og hjælpe alle børn og unge til at få en hverdag, hvor de trives og får solide byggesten til et godt liv.
			
			Et sammenhængende børne- og ungeområde er med til at sikre, at både børn, unge og forældre oplever at være en del af et stærkt kommunalt fællesskab. Et fællesskab med en rød tråd i de kommunale indsatser fra det første møde med sundhedsplejersken, til dagtilbud og skole og videre til valg af ungdomsuddannelse. For os i kommunerne kræver det et helhedsorienteret blik på opgaverne og et fokus på blandt andet samarbejdet mellem sektorer og ledelseslag. Derfor har vi valgt at afholde KL's Børn & Unge Topmøde i 2021 med temaet "Et sammenhængende børne- og ungeområde".
			
			Næsten alle børn i Danmark går i dagtilbud. Det giver kommunerne en unik mulighed for at sikre en god start på livet for de mindste børn. Dagtilbuddet skal være rammen for gode læringsmiljøer. Og høj kvalitet og et særligt blik på barnets første år er med til at sikre den nødvendige udvikling og et godt børneliv. Men vi skal have blik på steder, hvor vi kan gøre det bedre. Som kommuner har vi et ansvar for at sikre os, at børnetandlægens viden om mange huller i tænderne ikke tabes på gulvet, men bruges til at hjælpe børnene til de rette indsatser. Og sundhedsplejersken skal kunne dele sin viden om barnets generelle sundhed med andre fagprofessionelle, så vi kan forebygge dårlig trivsel. Det er også i dagtilbuddet, at vi kan sikre den tidlige indsats for de børn, der har brug for ekstra støtte.
			
			En sammenhængende kommunal indsats indeholder samtidig et blik for de mindstes veje videre fra dagtilbuddet til folkeskolen. Vi har et ansvar for at sikre gode overgange, en god skolestart og det stærke samarbejde på tværs af områderne til gavn for både børn, forældre og medarbejdere. Folkeskolen er en vigtig byggesten i børne- og ungdomslivet og er en af de væsentligste samfundsmæssige institutioner. Her skal børn og unge opleve en hverdag med fællesskab, variation, venner og viden. Børnene skal opleve, at der er sammenhæng mellem lektier, leg og læring. Men det er også her, vi skal sikre sammenhæng til fritidsaktiviteter og senere valg af ungdomsuddannelse.
			
			Folkeskolen skal have fokus på, at der er trivsel både blandt små og store, men ikke alle børn og unge kan eller skal være i folkeskolen. Derfor er det også vigtigt at holde hånden under dem, som har behov for noget andet. Vi har en vigtig opgave i at sikre kvalitet i vores specialtilbud og skabe sammenhæng mellem almen- og specialområdet.
			
			Der er mange veje til at lykkes, og der er mange valg, som skal træffes. Det fortsætter også efter folkeskolen. Her skal vi sikre, at vores unge oplever et uddannelsessystem, der giver muligheder og sikrer vejen til et godt ungdomsliv og senere arbejdsliv. De unges overgang til en ungdomsuddannelse er helt central. Det er et stort ansvar, men det er vores opgave at sikre, at alle børn bliver til motiverede unge og får mod på det nye kapitel ind i voksenlivet.
			
			De kommunale arbejdsopgaver er afgørende for denne udvikling fra barn til voksen. Vores arbejdsopgaver er fulde af mening. Det skal de blive ved med at være. Ikke bare i et enkeltstående tilfælde, men i en større kommunal kontekst, med én fælles opgave: At sikre trivsel, læring og udvikling for alle.
			
			At sikre sammenhængende indsatser forudsætter tæt samarbejde på alle niveauer, fra medarbejder til politiker. Derfor sætter topmødet særligt fokus på opgaven med at skabe sammenhænge i et de kommunale tilbud og indsatser. Men ligeså vigtigt ser vi nærmere på, hvordan der kan skabes sammenhængende indsatser, der opleves som givende for det vigtigste, vi har – vores børn og unge.
			
			Børn & Unge Topmødet 2021 er anderledes, end vi kender det. I år samles vi til et virtuelt topmøde. Vi har fortsat fokus på de politiske drøftelser, og programmet indeholder rig mulighed for at sikre de politiske debatter internt i udvalgene med input fra dagen. Samtidig giver det virtuelle topmøde nye og andre muligheder. Indholdet kan for eksempel deles og anvendes bredt i hele kommunen på flere niveauer. Med det håber vi at inspirere til sammenhænge bredt i kommunerne.
			
			Vi håber, at I finder programmet inspirerende. Vi glæder os til at se jer til årets Børn & Unge Topmøde.
			
			KL's Børne- og Undervisningsudvalg.""";

	static final String HORNSTRUP = """
			Organisatorisk og politisk sammenhæng er en kompleks størrelse. Skal vi lykkes med at skabe mere sammenhæng i de kommunale tilbud og indsatser, er der brug for flere ting: Vi skal blandt andet være langt mere opmærksomme på den organisatoriske kvalitet – særligt kvaliteten af det tværgående samarbejde. Forskning viser, at kvaliteten af det tværfaglige samarbejde har en positiv effekt på flere niveauer. Det gælder både borgerens oplevelse af kvalitet, den faglige kvalitet af arbejdet, effektiviteten og slutteligt økonomien.
			
			Vi skal samtidig udvikle redskaber og værktøjer, der hjælper ledere og medarbejdere til at udvikle mere sammenhængende løsninger for borgerne. Vi skal se på betingelserne for at mødes og samarbejde, koblet med det konkrete samspil mellem lederne og mellem medarbejderne på tværs af søjlerne. Strukturer samler noget, men kan skabe lige så mange huller i organisationen, som borgerne kan falde i. Og der er stor forskel på at have koordinerende indsatser og koordinatører.
			
			Endeligt kan der være brug for at supplere den ledertræning, der gennemføres i dag. Når vi ser på data fra flere tusinde kommunale medarbejdere, så er det blandt andet klare rammer og retning, der efterspørges. Men der efterspørges også mere ledelse tæt på processerne og mere ledelse på tværs. Der er behov for at se på, hvordan vores egne opgaver er forbundet med andres opgaveløsning. Det er en anden form for kultur, hvor vi skal træne at se både mere helhedsorienteret og mere dynamisk på opgaverne.
			
			Oplægget vil fokusere på mulighederne for at sikre et sammenhængende børne- og ungeområde med tre nedslag: styringsperspektivet, struktur og systematik og lederkompetencer.""";

	static final String ANDERSEN = """
			På børne- og ungeområdet er vi særligt afhængige af hinanden. For det første er vi mange, der har fornøjelsen af at bygge ovenpå børnenes læring over tid. Børnehaven bygger på arbejdet i vuggestuen. Folkeskolen er afhængig af dagtilbuddenes gode arbejde. Ungdoms- og videregående uddannelser tager afsæt i den bagage, de unge bringer med sig. For det andet er kommunalpolitikkerne afhængige af deres medarbejdere og ledere ift. at udmønte de politiske visioner og bringe erfaringer tilbage til politikkerne. Opgaveløsningen sammen med børnene og de unge afhænger også af, at politikere og topledere får skabt de rigtige rammer.
			
			I disse mange relationer betyder værdier rigtig meget. Hvad er allermest ønskværdigt? Hvad skal prioriteres højest? Hvordan realiserer vi sammen en endnu mere ønskværdig fremtid? Her tilbyder digitaliseringen nye muligheder og udfordringer. Nye deltagelsesformer kommer i spil, men vi skal også alle sammen lære at begå os med omtanke i den digitale verden. Derfor er de tre nedslagspunkter i oplægget gensidige afhængigheder, værdier og digitalisering.""";

	static final String POLITICAL_INTRO = """
			Hvert oplæg giver anledning til politiske drøftelser og refleksioner. Det foreslås, at kommunen vælger et oplæg og drøfter efterfølgende i pausen.""";

	static final List<String> POLITICAL_TITLES = List.of("Oplæg 1: Sammenhæng mellem de strukturelle rammer og børnenes læring, udvikling og trivsel i dagtilbuddet",
			"Oplæg 2: Styring, ledelse og fagligt råderum i folkeskolen – hvordan finder vi den rigtige balance?",
			"Oplæg 3: Syn på kommunale sammenhænge i unges vej til uddannelse og job");

	static final List<String> POLITICAL = List.of("""
			Dagtilbud er helt centralt for at give alle børn den gode start på livet. Derfor har alle kommuner også høje ambitioner for kvaliteten i dagtilbud. I dette spor sætter vi fokus på den politiske opgave med at udnytte potentialet i, at stort set alle børn går i dagtilbud i Danmark. Den politiske debat og prioriteringsopgave kvalificeres med viden fra forskning om faktorer, der har betydning for børnenes læring, udvikling og trivsel i dagtilbuddet.
			
			Kan med fordel efterfølges af temamøde 1 om sammenhæng mellem ledelse og evaluering i dagtilbud""", """
			Styringen i folkeskolen er til debat i denne tid. Hvordan undgår man, at ønsker om fælles rammer for at fremme kvaliteten i skolen fjerner det lokale faglige råderum, der er afgørende for at skabe en god skole? Hvordan finder vi en balance og sammenhæng mellem på den ene side lokalt råderum og ejerskab og på den anden side legitime behov for indsigt i kvaliteten og ønsker om at sætte en fælles retning for folkets skole? I oplægget diskuteres forskellige perspektiver på, hvordan politikere og andre aktører om folkeskolen i fællesskab kan findes disse balancer, både lokalt og nationalt.
			
			Kan med fordel efterfølges af temamøde 3 om en varieret skoledag""", """
			Danmark har nationalt en uddannelsespolitisk målsætning om, at alle unge skal i uddannelse eller job, og gennem den seneste årrække har det været højt på den politiske dagsorden, at der vil være en stigende efterspørgsel på erhvervsuddannede. Kommunerne er blevet forpligtede til at opstille måltal for søgning til ungdomsuddannelser og offentliggøre deres søgetal.
			
			Samtidig er der 22 pct. af de 25-årige, som hverken har færdiggjort eller er i gang med en ungdomsuddannelse. Ungdomsuddannelsessystemet er svært at gennemskue og marginaliserede unge har svært ved at finde fodfæste.
			
			Hvordan kan kommuner forholde sig til de overordnede problemstillinger lokalt vedrørende søgning til ungdomsuddannelser, og hvordan kan der kommunalt samarbejdes på tværs af politiske udvalg om sammenhæng for de unge fra 15-25 år? Skabes der bedre sammenhænge ved inddragelse af unge i de politiske beslutninger, og hvordan kan det i så fald gøres?""");

	static final String THEMES_INTRO = """
			Hvert temamøde går i dybden med sektorspecifikke områder. Kommunerne kan vælge at se op til tre temamøder eller vælge et enkelt med efterfølgende drøftelser. Temamøderne er samtidig produceret med henblik på efterfølgende deling til decentralt niveau.""";

	static final List<String> THEME_TITLES = List.of("1. Sammenhæng mellem evalueringskultur, tilsyn og faglig ledelse på dagtilbudsområdet",
			"2. Samarbejde mellem sundhedsplejen, pædagoger og forældre i overgangen til dagtilbud",
			"3. God og motiverende undervisning",
			"4. Sammenhæng mellem almen- og specialområdet",
			"5. Hvad skal der til for at nedbringe skolefravær?");

	static final List<String> THEMES = List.of("""
			Temamødet sætter fokus på sammenhænge mellem evalueringskultur, faglig ledelse og tilsyn. Kommunalbestyrelsen, forvaltningen og dagtilbudslederne skal sammen skabe de bedste rammer for det pædagogiske personales arbejde med alle børns udvikling, læring og trivsel. For at indfri denne ambition er det helt centralt, at ledelsen og personalet udvikler de pædagogiske læringsmiljøer i tæt samarbejde gennem bl.a. faglig ledelse og en evalueringskultur, der løbende styrker praksis. Det kommunale tilsyn spiller også en vigtig rolle ved at bidrage med viden om og vurdering af kvaliteten. Disse indsigter kan bruges til at støtte dagtilbuddene i at løfte kvaliteten i den pædagogiske praksis.""", """
			Kommunerne har en unik mulighed for at styrke samarbejdet med forældrene om deres børns udvikling og trivsel ved bl.a. at skabe en god sammenhæng mellem sundhedspleje og dagtilbud. Det kræver et stærkt tværfagligt samarbejde og et fælles sprog, hvilket stiller krav til organisationsform, videndeling og arbejdsfordeling.""", """
			Det kræver strategisk og ledelsesmæssigt fokus at skabe rammer for god og motiverende undervisning. Undervisning, som giver børn og unge mulighed for at arbejde med praktiske problemstillinger, fordybe sig og være aktive. Temamødet giver inspiration til, hvordan kommuner og skoleledelser kan skabe organisatoriske rammer for, at børn og unge oplever en sammenhængende skoledag, hvor de lærer, trives og udvikler sig.""", """
			Bedre sammenhæng mellem almen- og special-undervisning giver bedre uddannelses- og livsmuligheder
			
			Undersøgelser viser, at elever med særlige behov, som undervises i almenundervisningen, klarer sig bedre. De får i højere grad en afgangseksamen og kommer videre i en ungdomsuddannelse. Kommunerne arbejder på forskellig vis på at skabe en bedre sammenhæng, mellem almen og specialundervisningen. Der arbejdes med forskellige organisatoriske løsninger - også kaldt mellemformer, og der arbejdes på at få de specialpædagogiske kompetencer ind i almenundervisningen.
			
			Hør en kommune som politisk har valgt en strategi for at skabe bedre sammenhæng, og hør hvad det betyder i praksis for lærere og elever på en skole, hvor almen- og specialelever undervises sammen.""", """
			Elever med højt skolefravær får en dårligere afgangseksamen end deres jævnaldrende. Det gælder særligt for de fagligt svageste elever, der samtidig også har det højeste fravær. Fravær i folkeskolen har ikke blot betydning for elevernes resultater i 9. klasse, men har også klar sammenhæng til deres videre ungdoms- og voksenliv. Tal fra Undervisningsministeriet viser, at næsten halvdelen af de elever, der ikke var startet på en ungdomsuddannelse inden for 15 måneder efter deres afgangseksamen, havde over 10 pct. fravær i 9. klasse.
			
			I dette temamøde koncentrerer vi os om viden om og erfaringer med at opspore og iværksætte effektive indsatser for at imødegå bekymrende fravær.""");

	static final String PRACTICAL = """
			Programmet er foreløbigt og opdateres den 15. december 2020. Der tages forbehold for eventuelle ændringer.
			
			Der faktureres først efter konferencen, og det er derfor ikke nødvendigt at tilmelde jer alle på én gang. KL tæller sammen inden fakturering.
			
			Tilmeldingen er bindende, svarende til 100% af deltagergebyret.
			
			Spørgsmål vedrørende tilmelding til butm@kl.dk
			
			Oplysninger om konferencen
			
			Specialkonsulent Aleksandra Raaschou Beck, arbe@kl.dk, tlf. 3370 3469
			
			Chefkonsulent Helle Steiness Olsen, hso@kl.dk, tlf. 3370 3889
			
			Chefsekretær Lone Hesberg Kristensen, lop@kl.dk, tlf. 3370 3872
			
			Sekretær Janni Elmquist Clausen, jaec@kl.dk, tlf. 3370 3127""";

	private DemoEventTexts() {
	}
}
