package dk.traedesten.events.web;

import java.math.BigDecimal;

import dk.traedesten.events.Quote;

/** A quote in kroner for the page, which formats the numbers for the reader's language. */
record QuoteView(Quote quote, String buyer) {

	public BigDecimal net() {
		return kroner(quote.netOre());
	}

	public BigDecimal discount() {
		return kroner(quote.discountOre());
	}

	public BigDecimal vat() {
		return kroner(quote.vatOre());
	}

	public BigDecimal total() {
		return kroner(quote.totalOre());
	}

	static BigDecimal kroner(long ore) {
		return BigDecimal.valueOf(ore, 2);
	}
}
