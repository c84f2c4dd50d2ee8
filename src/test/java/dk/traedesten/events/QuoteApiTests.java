package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The quote API on the demo summit (seed 004), signed out, for a demo municipality of each licence class and for
 * other organisations. Every amount below is worked out by hand from the seed's prices and 25 % VAT.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuoteApiTests {

	static final String QUOTE = "/api/v1/events/boern-unge-topmoede-2021/quote";

	@Autowired
	MockMvcTester mvc;

	@Test
	void stevnsUnderFiftyThousandPaysTheSmallLicence() {
		// Stevns, 23,000 inhabitants in 2021: 20,000.00 + 25 % VAT 5,000.00 = 25,000.00.
		assertThat(mvc.get().uri(QUOTE + "?municipality=336")).bodyJson()
			.isStrictlyEqualTo("""
					{"currency": "DKK", "net": "20000.00", "discountPercent": "0.00", "discount": "0.00",
					 "vat": "5000.00", "total": "25000.00"}""");
	}

	@Test
	void koebenhavnAndHerningOverFiftyThousandPayTheLargeLicence() {
		// København 638,000 and Herning 89,000: 25,000.00 + 6,250.00 = 31,250.00.
		String large = """
				{"currency": "DKK", "net": "25000.00", "discountPercent": "0.00", "discount": "0.00",
				 "vat": "6250.00", "total": "31250.00"}""";
		assertThat(mvc.get().uri(QUOTE + "?municipality=101")).bodyJson().isStrictlyEqualTo(large);
		assertThat(mvc.get().uri(QUOTE + "?municipality=657")).bodyJson().isStrictlyEqualTo(large);
	}

	@Test
	void aeroeAnIslandMunicipalityPaysTheIslandLicenceWithoutAKnownPopulation() {
		// Ærø (492): 10,000.00 + 2,500.00 = 12,500.00; its population is not needed.
		assertThat(mvc.get().uri(QUOTE + "?municipality=492")).bodyJson()
			.isStrictlyEqualTo("""
					{"currency": "DKK", "net": "10000.00", "discountPercent": "0.00", "discount": "0.00",
					 "vat": "2500.00", "total": "12500.00"}""");
	}

	@Test
	void elevenPersonsGetTenPercentAndTheVatIsRoundedHalfUp() {
		// 11 × 1,945.00 = 21,395.00; 10 % = 2,139.50; VAT of 19,255.50 = 4,813.875 → 4,813.88; total 24,069.38.
		assertThat(mvc.get().uri(QUOTE + "?persons=11")).bodyJson()
			.isStrictlyEqualTo("""
					{"currency": "DKK", "net": "21395.00", "discountPercent": "10.00", "discount": "2139.50",
					 "vat": "4813.88", "total": "24069.38"}""");
	}

	@Test
	void tenPersonsGetNoDiscountAndTwentyOneGetTwentyPercent() {
		// 10 × 1,945.00 = 19,450.00, VAT 4,862.50, total 24,312.50.
		assertThat(mvc.get().uri(QUOTE + "?persons=10")).bodyJson()
			.isStrictlyEqualTo("""
					{"currency": "DKK", "net": "19450.00", "discountPercent": "0.00", "discount": "0.00",
					 "vat": "4862.50", "total": "24312.50"}""");
		// 21 × 1,945.00 = 40,845.00; 20 % = 8,169.00; VAT of 32,676.00 = 8,169.00; total 40,845.00.
		assertThat(mvc.get().uri(QUOTE + "?persons=21")).bodyJson()
			.isStrictlyEqualTo("""
					{"currency": "DKK", "net": "40845.00", "discountPercent": "20.00", "discount": "8169.00",
					 "vat": "8169.00", "total": "40845.00"}""");
	}

	@Test
	void aMunicipalityWithoutAKnownPopulationGets422NamingWhatIsMissing() {
		// Lejre (350) has no population figure in the demo data.
		assertThat(mvc.get().uri(QUOTE + "?municipality=350")).hasStatus(422)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Folketallet for Lejre i 2021");
	}

	@Test
	void anUnknownSlugIs404() {
		assertThat(mvc.get().uri("/api/v1/events/findes-ikke/quote?persons=1")).hasStatus(404);
	}

	@Test
	void badParametersAre400WithAClearMessage() {
		assertThat(mvc.get().uri(QUOTE)).hasStatus(400).bodyJson().extractingPath("$.detail").asString()
			.contains("municipality", "persons");
		assertThat(mvc.get().uri(QUOTE + "?municipality=101&persons=2")).hasStatus(400);
		assertThat(mvc.get().uri(QUOTE + "?persons=0")).hasStatus(400).bodyJson().extractingPath("$.detail")
			.asString().contains("helt tal fra 1 til 10.000");
		assertThat(mvc.get().uri(QUOTE + "?persons=elleve")).hasStatus(400);
		assertThat(mvc.get().uri(QUOTE + "?municipality=kbh")).hasStatus(400);
		assertThat(mvc.get().uri(QUOTE + "?municipality=999")).hasStatus(400).bodyJson().extractingPath("$.detail")
			.asString().contains("999");
	}

	@Test
	void theCalculatorPageShowsTheSameQuoteWithoutJavaScript() {
		assertThat(mvc.get().uri("/arrangementer/boern-unge-topmoede-2021/pris?buyer=persons&persons=11"))
			.hasStatusOk().bodyText().contains("24.069,38", "2.139,50", "4.813,88");
	}

	@Test
	void theCalculatorPageShowsTheMissingPopulationAtTheField() {
		assertThat(mvc.get().uri("/arrangementer/boern-unge-topmoede-2021/pris?buyer=municipality&municipality=350"))
			.hasStatusOk().bodyText().contains("municipality-error", "Folketallet for Lejre i 2021");
	}
}
