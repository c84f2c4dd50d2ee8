package dk.traedesten.events.web;

import dk.traedesten.events.Amounts;
import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.Quote;
import dk.traedesten.events.QuoteRefusedException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The price calculator's JSON twin: {@code ?municipality=<kommunekode>} for a municipal licence, or
 * {@code ?persons=<N>} for another organisation's N persons in all rounds. Amounts are kroner as decimal strings
 * with two decimals, so no client meets binary fractions. Errors are RFC 9457 problem details with a Danish (or,
 * by the language cookie, English) {@code detail}.
 */
@RestController
class QuoteApiController {

	record QuoteAnswer(String currency, String net, String discountPercent, String discount, String vat,
			String total) {

		static QuoteAnswer of(Quote quote) {
			return new QuoteAnswer("DKK", Amounts.decimal(quote.netOre()), Amounts.percent(quote.discountPercent()),
					Amounts.decimal(quote.discountOre()), Amounts.decimal(quote.vatOre()),
					Amounts.decimal(quote.totalOre()));
		}
	}

	static final class BadQuery extends RuntimeException {

		private final String key;

		BadQuery(String key) {
			super(key);
			this.key = key;
		}
	}

	private final EventCatalogue catalogue;

	private final MessageSource messages;

	QuoteApiController(EventCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping(path = "/api/v1/events/{slug}/quote", produces = "application/json")
	QuoteAnswer quote(@PathVariable String slug, @RequestParam(required = false) String municipality,
			@RequestParam(required = false) String persons) {
		if ((municipality == null) == (persons == null)) {
			throw new BadQuery("events.api.error.one-of");
		}
		if (municipality != null) {
			if (!municipality.strip().matches("\\d{3}")) {
				throw new BadQuery("events.api.error.municipality");
			}
			return QuoteAnswer.of(catalogue.quoteForMunicipality(slug, Integer.parseInt(municipality.strip())));
		}
		if (!persons.strip().matches("\\d{1,9}")) {
			throw new QuoteRefusedException(QuoteRefusedException.Reason.BAD_PERSONS, EventCatalogue.MAX_PERSONS);
		}
		return QuoteAnswer.of(catalogue.quoteForPersons(slug, Integer.parseInt(persons.strip())));
	}

	@ExceptionHandler(BadQuery.class)
	ResponseEntity<ProblemDetail> badQuery(BadQuery bad) {
		return problem(HttpStatus.BAD_REQUEST, message(bad.key));
	}

	@ExceptionHandler(EventNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound() {
		return problem(HttpStatus.NOT_FOUND, message("events.api.error.not-found"));
	}

	@ExceptionHandler(QuoteRefusedException.class)
	ResponseEntity<ProblemDetail> refused(QuoteRefusedException refused) {
		HttpStatus status = switch (refused.reason()) {
			case UNKNOWN_MUNICIPALITY, BAD_PERSONS -> HttpStatus.BAD_REQUEST;
			case POPULATION_MISSING, NO_LICENCE, NO_PRICES -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		return problem(status, messages.getMessage("events.quote.refused." + refused.reason(), refused.details(),
				LocaleContextHolder.getLocale()));
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		return ResponseEntity.status(status).body(problem);
	}
}
