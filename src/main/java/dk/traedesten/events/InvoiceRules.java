package dk.traedesten.events;

/**
 * How a price from the pricing engine becomes an invoice line: a licence is one unit at its price, persons are that
 * many units at the price per person. The discount and VAT stay those of the quote, computed once on the whole.
 */
public final class InvoiceRules {

	private InvoiceRules() {
	}

	/** The invoice's one line; the line's quantity times price is always the quote's net. */
	public static InvoiceLine line(PriceList prices, Quote quote) {
		InvoiceLine line = quote.licence() != null ? new InvoiceLine(1, prices.licenceOre(quote.licence()))
				: new InvoiceLine(quote.persons(), prices.perPersonOre());
		if (Math.multiplyExact(line.quantity(), line.unitPriceOre()) != quote.netOre()) {
			throw new IllegalArgumentException("the quote was not priced from these prices");
		}
		return line;
	}

	/** The line of an invoice: how many units at which price (øre, ex VAT). */
	public record InvoiceLine(int quantity, long unitPriceOre) {
	}

	/** The next number of a series, never reusing one. */
	public static int next(int current) {
		if (current < 1) {
			throw new IllegalArgumentException("invoice numbers start at 1");
		}
		return Math.addExact(current, 1);
	}
}
