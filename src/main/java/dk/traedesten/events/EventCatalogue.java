package dk.traedesten.events;

import java.util.List;
import java.util.Optional;

import dk.traedesten.events.QuoteRefusedException.Reason;
import dk.traedesten.events.internal.EventRepository;
import dk.traedesten.organisation.Municipality;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.PopulationFigure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side of events: a published event's page and its price quotes. Anyone may call it, signed in or not;
 * row-level security shows only published events, or also the organiser's own drafts.
 */
@Service
@Transactional(readOnly = true)
public class EventCatalogue {

	/** The most persons one quote prices: more is a typing error, not a registration. */
	public static final int MAX_PERSONS = 10_000;

	private final EventRepository events;

	private final OrganisationDirectory directory;

	EventCatalogue(EventRepository events, OrganisationDirectory directory) {
		this.events = events;
		this.directory = directory;
	}

	public Optional<PublishedEvent> find(String slug) {
		return events.findBySlug(slug).filter(EventRepository.Row::published).map(this::page);
	}

	/** Whether the caller organises the published event, so the event's page can lead them to the organiser's pages. */
	public boolean organisedByCaller(String slug) {
		return events.findBySlug(slug).filter(EventRepository.Row::published).map(row -> events.organises(row.id()))
			.orElse(false);
	}

	/** What a choice is checked against: a published event's programme and choice groups, no more. */
	record ChoiceOffer(java.util.UUID eventId, List<ProgrammeItem> programme, List<ChoiceGroup> groups) {
	}

	/**
	 * The choice offer of a published event, by its id. Choosing sessions is the registration's busiest step, so it
	 * reads neither prices nor the organiser's name, which a choice does not depend on.
	 */
	Optional<ChoiceOffer> choiceOffer(java.util.UUID eventId) {
		return events.findById(eventId)
			.filter(EventRepository.Row::published)
			.map(row -> new ChoiceOffer(row.id(), events.programme(row.id()), events.groups(row.id())));
	}

	/** Just the id of a published event: registering a round needs no programme, prices or organiser's name. */
	Optional<java.util.UUID> publishedId(String slug) {
		return events.publishedId(slug);
	}

	/** The caller's drafts: row-level security shows an unpublished event to its organiser's people only. */
	public List<Event> drafts() {
		return events.drafts().stream().map(this::event).toList();
	}

	public List<Event> published() {
		return events.published().stream().map(this::event).toList();
	}

	/** The municipalities a buyer may choose from, by name. */
	public List<Municipality> municipalities() {
		return directory.municipalities()
			.stream()
			.sorted(java.util.Comparator.comparing(Municipality::name, java.text.Collator.getInstance(
					java.util.Locale.forLanguageTag("da"))))
			.toList();
	}

	/**
	 * A municipality's licence, by its class in the year of the event: the population of that year, or the newest
	 * before it, decides; an island municipality needs none.
	 */
	public Quote quoteForMunicipality(String slug, int municipalityCode) {
		PublishedEvent page = find(slug).orElseThrow(() -> new EventNotFoundException(slug));
		Municipality municipality = directory.municipality(municipalityCode)
			.orElseThrow(() -> new QuoteRefusedException(Reason.UNKNOWN_MUNICIPALITY, String.valueOf(municipalityCode)));
		PriceList prices = page.prices().orElseThrow(() -> new QuoteRefusedException(Reason.NO_PRICES));
		if (!prices.offersLicence()) {
			throw new QuoteRefusedException(Reason.NO_LICENCE, municipality.name());
		}
		int year = page.event().localStart().getYear();
		Integer population = null;
		if (!municipality.island()) {
			population = directory.population(municipalityCode, year)
				.map(PopulationFigure::population)
				.orElseThrow(() -> new QuoteRefusedException(Reason.POPULATION_MISSING, municipality.name(), String.valueOf(year)));
		}
		return PricingRules.licence(prices, PricingRules.licenceClass(prices, municipality.island(), population));
	}

	/** The price for {@code persons} persons of one organisation, all its rounds together. */
	public Quote quoteForPersons(String slug, int persons) {
		PublishedEvent page = find(slug).orElseThrow(() -> new EventNotFoundException(slug));
		if (persons < 1 || persons > MAX_PERSONS) {
			throw new QuoteRefusedException(Reason.BAD_PERSONS, MAX_PERSONS);
		}
		PriceList prices = page.prices().orElseThrow(() -> new QuoteRefusedException(Reason.NO_PRICES));
		return PricingRules.perPerson(prices, List.of(persons));
	}

	private PublishedEvent page(EventRepository.Row row) {
		return new PublishedEvent(event(row), events.programme(row.id()), events.groups(row.id()),
				events.prices(row.id()));
	}

	private Event event(EventRepository.Row row) {
		Organiser organiser = row.municipalityCode() != null
				? Organiser.municipality(row.municipalityCode(),
						directory.municipality(row.municipalityCode()).map(Municipality::name).orElse(""))
				: Organiser.organisation(row.organisationId(),
						directory.organisation(row.organisationId()).map(o -> o.name()).orElse(""));
		return new Event(row.id(), row.slug(), row.kind(), row.title(), row.theme(), organiser,
				row.startsAt().toInstant(), row.endsAt().toInstant(), row.format(), row.place(), row.invitation(),
				row.practical(), row.published());
	}
}
