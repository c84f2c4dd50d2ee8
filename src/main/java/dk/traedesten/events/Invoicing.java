package dk.traedesten.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.events.InvoicingRefusedException.Reason;
import dk.traedesten.events.internal.InvoiceRepository;
import dk.traedesten.organisation.Municipality;
import dk.traedesten.organisation.OrganisationDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoicing after an event (seed 004: "KL tæller sammen inden fakturering"). The organiser closes invoicing once;
 * every municipality or organisation with people registered then gets one invoice over all its rounds, priced as its running invoice
 * was, numbered in the organiser's series. Row-level security lets only the organiser do it.
 */
@Service
@Transactional
public class Invoicing {

	private final EventCatalogue catalogue;

	private final Registrations registrations;

	private final InvoiceRepository invoices;

	private final OrganisationDirectory directory;

	private final Clock clock;

	Invoicing(EventCatalogue catalogue, Registrations registrations, InvoiceRepository invoices,
			OrganisationDirectory directory, Clock clock) {
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.invoices = invoices;
		this.directory = directory;
		this.clock = clock;
	}

	/** Whether invoicing is closed for the event, and its invoices and credit notes the caller may see. */
	@Transactional(readOnly = true)
	public List<Invoice> ofEvent(String slug) {
		return invoices.ofEvent(page(slug).event().id());
	}

	/** The published event, if the caller is its organiser; otherwise nothing, as for an unknown slug. */
	@Transactional(readOnly = true)
	public Optional<PublishedEvent> organised(String slug) {
		return catalogue.find(slug).filter(page -> invoices.organises(page.event().id()));
	}

	@Transactional(readOnly = true)
	public boolean closed(String slug) {
		return invoices.closedAt(page(slug).event().id()).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<Invoice> find(String slug, UUID id) {
		UUID event = page(slug).event().id();
		return invoices.find(id).filter(invoice -> invoice.eventId().equals(event));
	}

	@Transactional(readOnly = true)
	public boolean credited(UUID invoiceId) {
		return invoices.credited(invoiceId);
	}

	/** The seller of the event's invoices: the organiser, with its CVR and EAN as far as they are known. */
	@Transactional(readOnly = true)
	public Seller seller(String slug) {
		Organiser organiser = page(slug).event().organiser();
		InvoiceRepository.SellerIds ids = invoices.seller(organiser);
		return new Seller(organiser.name(), ids.cvr(), ids.ean());
	}

	/**
	 * Closes invoicing and issues one invoice per registrant (municipality or organisation), all or none: one that cannot be
	 * priced stops the whole closing. Answers the invoices issued.
	 */
	public List<Invoice> close(String slug) {
		PublishedEvent page = page(slug);
		Event event = page.event();
		if (clock.instant().isBefore(event.endsAt())) {
			throw new InvoicingRefusedException(Reason.NOT_OVER, event.localEnd().toLocalDate());
		}
		if (invoices.closedAt(event.id()).isPresent()) {
			throw new InvoicingRefusedException(Reason.ALREADY_CLOSED);
		}
		// Row-level security lets only the organiser update the event; anyone else finds nothing to close.
		if (!invoices.close(event.id(), clock.instant())) {
			throw new EventNotFoundException(slug);
		}
		PriceList prices = page.prices().orElse(PriceList.free());
		InvoiceRepository.Series series = invoices.lockSeries(event.organiser());
		int number = series.nextNumber();
		List<Invoice> issued = new java.util.ArrayList<>();
		for (Registrant buyer : invoices.registrants(event.id())) {
			Registration registration = registrations.of(slug, buyer);
			String name = buyerName(buyer);
			Quote quote = registration.invoice()
				.orElseThrow(() -> new InvoicingRefusedException(Reason.NOT_PRICED, name));
			InvoiceRules.InvoiceLine line = InvoiceRules.line(prices, quote);
			Invoice invoice = new Invoice(UUID.randomUUID(), event.id(), buyer, number, InvoiceKind.INVOICE,
					null, null, today(), name, buyerEan(buyer), quote.licence(),
					line.quantity(), line.unitPriceOre(), quote.netOre(), quote.discountPercent(), quote.discountOre(),
					quote.vatPercent(), quote.vatOre(), quote.totalOre());
			invoices.insert(invoice, series.id());
			issued.add(invoice);
			number = InvoiceRules.next(number);
		}
		invoices.advance(series.id(), number);
		return issued;
	}

	/** A credit note for the whole of an invoice, numbered next in the same series. */
	public Invoice credit(String slug, UUID invoiceId) {
		PublishedEvent page = page(slug);
		Invoice invoice = find(slug, invoiceId).filter(found -> !found.creditNote())
			.orElseThrow(() -> new EventNotFoundException(invoiceId.toString()));
		InvoiceRepository.Series series = invoices.lockSeries(page.event().organiser());
		if (invoices.credited(invoiceId)) {
			throw new InvoicingRefusedException(Reason.ALREADY_CREDITED, invoice.number());
		}
		Invoice note = new Invoice(UUID.randomUUID(), invoice.eventId(), invoice.buyer(),
				series.nextNumber(), InvoiceKind.CREDIT_NOTE, invoice.id(), invoice.number(), today(),
				invoice.buyerName(), invoice.buyerEan(), invoice.licence(), invoice.quantity(), invoice.unitPriceOre(),
				invoice.netOre(), invoice.discountPercent(), invoice.discountOre(), invoice.vatPercent(),
				invoice.vatOre(), invoice.totalOre());
		invoices.insert(note, series.id());
		invoices.advance(series.id(), InvoiceRules.next(series.nextNumber()));
		return note;
	}

	/**
	 * Records who an organiser or buyer is in e-invoicing: the CVR that names a seller and the EAN (GLN) an e-invoice is
	 * addressed to. Only a platform administrator may (row-level security on the organisation tables).
	 */
	public void setIds(Organiser party, String cvr, String ean) {
		if (party.municipalityCode() != null) {
			invoices.setMunicipalityIds(party.municipalityCode(), cvr, ean);
		}
		else {
			invoices.setOrganisationIds(party.organisationId(), cvr, ean);
		}
	}

	/** Who sells: the organiser's name, CVR and EAN (either may be null). */
	public record Seller(String name, String cvr, String ean) {
	}

	private String buyerName(Registrant buyer) {
		if (buyer.isMunicipality()) {
			int code = buyer.municipalityCode();
			return directory.municipality(code).map(Municipality::name).orElse(String.valueOf(code));
		}
		return invoices.organisationBuyer(buyer.organisationId()).map(InvoiceRepository.BuyerIds::name)
			.orElse(buyer.organisationId().toString());
	}

	private String buyerEan(Registrant buyer) {
		if (buyer.isMunicipality()) {
			return invoices.ean(buyer.municipalityCode()).orElse(null);
		}
		return invoices.organisationBuyer(buyer.organisationId()).map(InvoiceRepository.BuyerIds::ean).orElse(null);
	}

	private PublishedEvent page(String slug) {
		return catalogue.find(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Event.ZONE));
	}
}
