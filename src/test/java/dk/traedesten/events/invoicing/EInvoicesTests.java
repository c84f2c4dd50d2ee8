package dk.traedesten.events.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;

import dk.traedesten.events.DiscountTier;
import dk.traedesten.events.Invoice;
import dk.traedesten.events.InvoiceKind;
import dk.traedesten.events.InvoiceRules;
import dk.traedesten.events.Invoicing.Seller;
import dk.traedesten.events.LicenceClass;
import dk.traedesten.events.PriceList;
import dk.traedesten.events.PricingRules;
import dk.traedesten.events.Quote;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Our e-invoices against the phive Peppol BIS Billing 3.0 rules (syntax and Schematron, EN 16931 and Peppol). */
class EInvoicesTests {

	/** Seed 004's prices. */
	private static final PriceList SUMMIT = new PriceList(1_000_000L, 2_000_000L, 2_500_000L, 50_000, false, 194_500,
			25, List.of(new DiscountTier(10, 10), new DiscountTier(20, 20)));

	/** Seed 000: København's Fagligt Center Skole, Inklusion og Sundhed. */
	private static final String KOEBENHAVN_EAN = "5798009374608";

	private static final Seller KL = new Seller("KL", "11223344", null);

	private static final ValidationExecutorSetRegistry<IValidationSourceXML> RULES = new ValidationExecutorSetRegistry<>();

	@BeforeAll
	static void rules() {
		PeppolValidation.initStandard(RULES);
	}

	@Test
	void aLicenceInvoiceToKoebenhavnsEanPassesThePeppolRules() throws Exception {
		Invoice invoice = invoice(PricingRules.licence(SUMMIT, LicenceClass.LARGE), InvoiceKind.INVOICE, null);
		String xml = EInvoices.xml(EInvoices.invoice(invoice, parties()));
		assertThat(xml).contains(KOEBENHAVN_EAN).contains("31250.00");
		assertThat(errors(xml, PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3)).isEmpty();
	}

	@Test
	void personsWithTheDiscountPassThePeppolRules() throws Exception {
		Invoice invoice = invoice(PricingRules.perPerson(SUMMIT, List.of(7, 5)), InvoiceKind.INVOICE, null);
		assertThat(invoice.discountOre()).isPositive();
		String xml = EInvoices.xml(EInvoices.invoice(invoice, parties()));
		assertThat(errors(xml, PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3)).isEmpty();
	}

	@Test
	void aCreditNoteReferringToItsInvoicePassesThePeppolRules() throws Exception {
		Invoice note = invoice(PricingRules.perPerson(SUMMIT, List.of(21)), InvoiceKind.CREDIT_NOTE, 7);
		String xml = EInvoices.xml(EInvoices.creditNote(note, parties()));
		assertThat(xml).contains("<cbc:ID>7</cbc:ID>");
		assertThat(errors(xml, PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3)).isEmpty();
	}

	@Test
	void anInvoiceWithoutBuyerReferenceIsRefused() throws Exception {
		Invoice invoice = invoice(PricingRules.licence(SUMMIT, LicenceClass.SMALL), InvoiceKind.INVOICE, null);
		InvoiceType ubl = EInvoices.invoice(invoice, parties());
		ubl.setBuyerReference((oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.BuyerReferenceType) null);
		assertThat(errors(EInvoices.xml(ubl), PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3))
			.anyMatch(error -> error.contains("PEPPOL-EN16931-R003"));
	}

	@Test
	void anInvoiceWithAnInvalidEanIsRefused() throws Exception {
		Invoice good = invoice(PricingRules.licence(SUMMIT, LicenceClass.ISLAND), InvoiceKind.INVOICE, null);
		Invoice bad = new Invoice(good.id(), good.eventId(), good.buyer(), good.number(), good.kind(), null,
				null, good.issuedOn(), good.buyerName(), "5798009374609", good.licence(), good.quantity(),
				good.unitPriceOre(), good.netOre(), good.discountPercent(), good.discountOre(), good.vatPercent(),
				good.vatOre(), good.totalOre());
		assertThat(errors(EInvoices.xml(EInvoices.invoice(bad, parties())),
				PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3)).isNotEmpty();
	}

	private static EInvoices.Parties parties() {
		return new EInvoices.Parties(KL, "boern-unge-topmoede-2021", "Børn & Unge Topmøde 2021");
	}

	private static Invoice invoice(Quote quote, InvoiceKind kind, Integer credits) {
		InvoiceRules.InvoiceLine line = InvoiceRules.line(SUMMIT, quote);
		return new Invoice(UUID.randomUUID(), UUID.randomUUID(), dk.traedesten.events.Registrant.municipality(101), credits == null ? 7 : 8, kind,
				credits == null ? null : UUID.randomUUID(), credits, LocalDate.of(2021, 2, 1), "Københavns Kommune",
				KOEBENHAVN_EAN, quote.licence(), line.quantity(), line.unitPriceOre(), quote.netOre(),
				quote.discountPercent(), quote.discountOre(), quote.vatPercent(), quote.vatOre(), quote.totalOre());
	}

	private static List<String> errors(String xml, com.helger.diver.api.coord.DVRCoordinate rules) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		ValidationResultList result = ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(),
				RULES.getOfID(rules), ValidationSourceXML.create(null, document));
		List<String> errors = new ArrayList<>();
		result.forEachFlattened(error -> error.isError(), error -> errors.add(error.getAsString(java.util.Locale.ROOT)));
		return errors;
	}
}
