package dk.traedesten.events.web;

import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.EventNotFoundException;
import dk.traedesten.events.LicenceClass;
import dk.traedesten.events.Paragraphs;
import dk.traedesten.events.PublishedEvent;
import dk.traedesten.events.Quote;
import dk.traedesten.events.QuoteRefusedException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public pages of a published event: the invitation with its programme and prices, and the price calculator.
 * No sign-in: an invitation is for everyone. The calculator is a GET form, so it works without JavaScript and can be
 * bookmarked; it changes nothing and needs no CSRF token.
 */
@Controller
@RequestMapping("/arrangementer/{slug}")
class EventPageController {

	private final EventCatalogue catalogue;

	EventPageController(EventCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String event(@PathVariable String slug, Model model) {
		show(slug, new QuoteForm(), model);
		model.addAttribute("organiser", catalogue.organisedByCaller(slug));
		return "events/event";
	}

	@GetMapping("/pris")
	String quote(@PathVariable String slug, @ModelAttribute("quoteForm") QuoteForm form, BindingResult errors,
			Model model) {
		show(slug, form, model);
		Quote quote = switch (form.getBuyer()) {
			case QuoteForm.MUNICIPALITY -> municipalityQuote(slug, form, errors);
			case QuoteForm.PERSONS -> personsQuote(slug, form, errors);
			default -> null;
		};
		if (quote != null) {
			model.addAttribute("quote", new QuoteView(quote, form.getBuyer()));
		}
		return "events/price";
	}

	private Quote municipalityQuote(String slug, QuoteForm form, BindingResult errors) {
		if (!form.getMunicipality().matches("\\d{3}")) {
			errors.rejectValue(QuoteForm.MUNICIPALITY, "events.quote.error.choose-municipality");
			return null;
		}
		try {
			return catalogue.quoteForMunicipality(slug, Integer.parseInt(form.getMunicipality()));
		}
		catch (QuoteRefusedException refused) {
			errors.rejectValue(QuoteForm.MUNICIPALITY, "events.quote.refused." + refused.reason(), refused.details(),
					null);
			return null;
		}
	}

	private Quote personsQuote(String slug, QuoteForm form, BindingResult errors) {
		int persons;
		try {
			persons = Integer.parseInt(form.getPersons());
		}
		catch (NumberFormatException notANumber) {
			persons = -1;
		}
		if (persons < 1 || persons > EventCatalogue.MAX_PERSONS) {
			errors.rejectValue(QuoteForm.PERSONS, "events.quote.refused.BAD_PERSONS",
					new Object[] { EventCatalogue.MAX_PERSONS }, null);
			return null;
		}
		try {
			return catalogue.quoteForPersons(slug, persons);
		}
		catch (QuoteRefusedException refused) {
			errors.rejectValue(QuoteForm.PERSONS, "events.quote.refused." + refused.reason(), refused.details(), null);
			return null;
		}
	}

	private void show(String slug, QuoteForm form, Model model) {
		PublishedEvent page = catalogue.find(slug).orElseThrow(() -> new EventNotFoundException(slug));
		model.addAttribute("page", page);
		model.addAttribute("event", page.event());
		model.addAttribute("slots", ProgrammeSlot.of(page));
		model.addAttribute("prices", page.prices().orElse(null));
		model.addAttribute("municipalities", catalogue.municipalities());
		model.addAttribute("licenceClasses", LicenceClass.values());
		model.addAttribute("invitation", Paragraphs.of(page.event().invitation()));
		model.addAttribute("practical", Paragraphs.of(page.event().practical()));
		if (!model.containsAttribute("quoteForm")) {
			model.addAttribute("quoteForm", form);
		}
	}
}
