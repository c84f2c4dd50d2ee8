package dk.traedesten.events.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dk.traedesten.events.DiscountTier;
import dk.traedesten.events.Invoice;
import dk.traedesten.events.InvoiceKind;
import dk.traedesten.events.InvoiceRules;
import dk.traedesten.events.PriceList;
import dk.traedesten.events.PricingRules;
import dk.traedesten.events.Quote;

import org.junit.jupiter.api.Test;

class InvoiceCsvTests {

	private static final PriceList SUMMIT = new PriceList(null, null, null, 50_000, false, 194_500, 25,
			List.of(new DiscountTier(10, 10), new DiscountTier(20, 20)));

	private static final List<String> HEADERS = IntStream.rangeClosed(1, 14).mapToObj(n -> "K" + n).toList();

	@Test
	void startsWithAByteOrderMarkAndWritesDecimalCommasWithCreditNotesNegative() {
		Quote eleven = PricingRules.perPerson(SUMMIT, List.of(10, 1));
		Invoice invoice = invoice(eleven, 1, InvoiceKind.INVOICE, null, "Stevns Kommune");
		Invoice note = invoice(eleven, 2, InvoiceKind.CREDIT_NOTE, 1, "Stevns Kommune");
		byte[] csv = InvoiceCsv.write(List.of(invoice, note), HEADERS, i -> i.creditNote() ? "Kreditnota" : "Faktura");

		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo(String.join(";", HEADERS));
		assertThat(lines.get(1).split(";")).containsExactly("1", "Faktura", "", "2021-02-01", "Stevns Kommune", "336",
				"", "11", "1945,00", "21395,00", "10", "2139,50", "4813,88", "24069,38");
		assertThat(lines.get(2).split(";")).startsWith("2", "Kreditnota", "1").endsWith("-24069,38");
	}

	@Test
	void aNameWithTheSeparatorIsQuotedAndAFormulaIsDefused() {
		assertThat(InvoiceCsv.cell("Kommune; afd. \"B\"")).isEqualTo("\"Kommune; afd. \"\"B\"\"\"");
		assertThat(InvoiceCsv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(InvoiceCsv.cell("-2139,50")).isEqualTo("-2139,50");
	}

	private static Invoice invoice(Quote quote, int number, InvoiceKind kind, Integer credits, String buyer) {
		InvoiceRules.InvoiceLine line = InvoiceRules.line(SUMMIT, quote);
		return new Invoice(UUID.randomUUID(), UUID.randomUUID(), dk.traedesten.events.Registrant.municipality(336), number, kind,
				credits == null ? null : UUID.randomUUID(), credits, LocalDate.of(2021, 2, 1), buyer, null,
				quote.licence(), line.quantity(), line.unitPriceOre(), quote.netOre(), quote.discountPercent(),
				quote.discountOre(), quote.vatPercent(), quote.vatOre(), quote.totalOre());
	}
}
