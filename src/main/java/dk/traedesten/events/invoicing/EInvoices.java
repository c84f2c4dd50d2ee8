package dk.traedesten.events.invoicing;

import java.math.BigDecimal;
import java.util.function.Supplier;

import com.helger.ubl21.UBL21Marshaller;

import dk.traedesten.events.Invoice;
import dk.traedesten.events.Invoicing.Seller;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EndpointIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CompanyIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CreditedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.InvoicedQuantityType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;

/**
 * An invoice or credit note as a UBL 2.1 e-invoice after Peppol BIS Billing 3.0: the seller named by its CVR
 * (scheme 0184), the buyer addressed by its EAN (GLN, scheme 0088), one line, the discount as a document allowance,
 * Danish VAT in the standard category. The event's slug is the buyer reference, which Peppol requires.
 */
public final class EInvoices {

	static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";

	static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

	private static final String DKK = "DKK";

	private EInvoices() {
	}

	/** The parts of a document that are not amounts: who, what and for which event. */
	public record Parties(Seller seller, String buyerReference, String itemName) {
	}

	public static InvoiceType invoice(Invoice invoice, Parties parties) {
		InvoiceType ubl = new InvoiceType();
		ubl.setCustomizationID(CUSTOMIZATION);
		ubl.setProfileID(PROFILE);
		ubl.setID(String.valueOf(invoice.number()));
		ubl.setIssueDate(invoice.issuedOn());
		ubl.setDueDate(invoice.issuedOn().plusDays(30));
		ubl.setInvoiceTypeCode("380");
		ubl.setDocumentCurrencyCode(DKK);
		ubl.setBuyerReference(parties.buyerReference());
		ubl.setAccountingSupplierParty(supplier(parties.seller()));
		ubl.setAccountingCustomerParty(customer(invoice));
		if (invoice.discountOre() > 0) {
			ubl.addAllowanceCharge(discount(invoice));
		}
		ubl.addTaxTotal(tax(invoice));
		ubl.setLegalMonetaryTotal(totals(invoice));
		InvoiceLineType line = new InvoiceLineType();
		line.setID("1");
		InvoicedQuantityType quantity = new InvoicedQuantityType();
		quantity.setValue(BigDecimal.valueOf(invoice.quantity()));
		quantity.setUnitCode("C62");
		line.setInvoicedQuantity(quantity);
		line.setLineExtensionAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.LineExtensionAmountType(), invoice.netOre()));
		line.setItem(item(parties.itemName(), invoice));
		line.setPrice(price(invoice));
		ubl.addInvoiceLine(line);
		return ubl;
	}

	public static CreditNoteType creditNote(Invoice note, Parties parties) {
		CreditNoteType ubl = new CreditNoteType();
		ubl.setCustomizationID(CUSTOMIZATION);
		ubl.setProfileID(PROFILE);
		ubl.setID(String.valueOf(note.number()));
		ubl.setIssueDate(note.issuedOn());
		ubl.setCreditNoteTypeCode("381");
		ubl.setDocumentCurrencyCode(DKK);
		ubl.setBuyerReference(parties.buyerReference());
		BillingReferenceType billing = new BillingReferenceType();
		DocumentReferenceType credited = new DocumentReferenceType();
		credited.setID(String.valueOf(note.creditsNumber()));
		billing.setInvoiceDocumentReference(credited);
		ubl.addBillingReference(billing);
		ubl.setAccountingSupplierParty(supplier(parties.seller()));
		ubl.setAccountingCustomerParty(customer(note));
		if (note.discountOre() > 0) {
			ubl.addAllowanceCharge(discount(note));
		}
		ubl.addTaxTotal(tax(note));
		ubl.setLegalMonetaryTotal(totals(note));
		CreditNoteLineType line = new CreditNoteLineType();
		line.setID("1");
		CreditedQuantityType quantity = new CreditedQuantityType();
		quantity.setValue(BigDecimal.valueOf(note.quantity()));
		quantity.setUnitCode("C62");
		line.setCreditedQuantity(quantity);
		line.setLineExtensionAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.LineExtensionAmountType(), note.netOre()));
		line.setItem(item(parties.itemName(), note));
		line.setPrice(price(note));
		ubl.addCreditNoteLine(line);
		return ubl;
	}

	public static String xml(InvoiceType invoice) {
		return UBL21Marshaller.invoice().setFormattedOutput(true).getAsString(invoice);
	}

	public static String xml(CreditNoteType note) {
		return UBL21Marshaller.creditNote().setFormattedOutput(true).getAsString(note);
	}

	private static SupplierPartyType supplier(Seller seller) {
		PartyType party = new PartyType();
		EndpointIDType endpoint = new EndpointIDType();
		endpoint.setSchemeID("0184");
		endpoint.setValue(seller.cvr());
		party.setEndpointID(endpoint);
		PartyNameType name = new PartyNameType();
		name.setName(seller.name());
		party.addPartyName(name);
		party.setPostalAddress(denmark());
		PartyTaxSchemeType vat = new PartyTaxSchemeType();
		vat.setCompanyID("DK" + seller.cvr());
		vat.setTaxScheme(vatScheme());
		party.addPartyTaxScheme(vat);
		PartyLegalEntityType legal = new PartyLegalEntityType();
		legal.setRegistrationName(seller.name());
		CompanyIDType cvr = new CompanyIDType();
		cvr.setSchemeID("0184");
		cvr.setValue(seller.cvr());
		legal.setCompanyID(cvr);
		party.addPartyLegalEntity(legal);
		SupplierPartyType supplier = new SupplierPartyType();
		supplier.setParty(party);
		return supplier;
	}

	private static CustomerPartyType customer(Invoice invoice) {
		PartyType party = new PartyType();
		EndpointIDType endpoint = new EndpointIDType();
		endpoint.setSchemeID("0088");
		endpoint.setValue(invoice.buyerEan());
		party.setEndpointID(endpoint);
		party.setPostalAddress(denmark());
		PartyLegalEntityType legal = new PartyLegalEntityType();
		legal.setRegistrationName(invoice.buyerName());
		party.addPartyLegalEntity(legal);
		CustomerPartyType customer = new CustomerPartyType();
		customer.setParty(party);
		return customer;
	}

	private static AddressType denmark() {
		AddressType address = new AddressType();
		CountryType country = new CountryType();
		country.setIdentificationCode("DK");
		address.setCountry(country);
		return address;
	}

	private static AllowanceChargeType discount(Invoice invoice) {
		AllowanceChargeType allowance = new AllowanceChargeType();
		allowance.setChargeIndicator(false);
		allowance.setAllowanceChargeReasonCode("95");
		oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AllowanceChargeReasonType reason = new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AllowanceChargeReasonType();
		reason.setValue("Rabat " + invoice.discountPercent() + " %");
		allowance.addAllowanceChargeReason(reason);
		allowance.setMultiplierFactorNumeric(BigDecimal.valueOf(invoice.discountPercent()));
		allowance.setAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AmountType(), invoice.discountOre()));
		allowance.setBaseAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.BaseAmountType(), invoice.netOre()));
		allowance.addTaxCategory(category(invoice));
		return allowance;
	}

	private static TaxTotalType tax(Invoice invoice) {
		TaxTotalType total = new TaxTotalType();
		total.setTaxAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxAmountType(), invoice.vatOre()));
		TaxSubtotalType subtotal = new TaxSubtotalType();
		subtotal.setTaxableAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxableAmountType(), invoice.netOre() - invoice.discountOre()));
		subtotal.setTaxAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxAmountType(), invoice.vatOre()));
		subtotal.setTaxCategory(category(invoice));
		total.addTaxSubtotal(subtotal);
		return total;
	}

	private static MonetaryTotalType totals(Invoice invoice) {
		MonetaryTotalType totals = new MonetaryTotalType();
		totals.setLineExtensionAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.LineExtensionAmountType(), invoice.netOre()));
		totals.setTaxExclusiveAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExclusiveAmountType(), invoice.netOre() - invoice.discountOre()));
		totals.setTaxInclusiveAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxInclusiveAmountType(), invoice.totalOre()));
		if (invoice.discountOre() > 0) {
			totals.setAllowanceTotalAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AllowanceTotalAmountType(), invoice.discountOre()));
		}
		totals.setPayableAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PayableAmountType(), invoice.totalOre()));
		return totals;
	}

	private static ItemType item(String name, Invoice invoice) {
		ItemType item = new ItemType();
		item.setName(name);
		item.addClassifiedTaxCategory(category(invoice));
		return item;
	}

	private static PriceType price(Invoice invoice) {
		PriceType price = new PriceType();
		price.setPriceAmount(amount(new oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PriceAmountType(), invoice.unitPriceOre()));
		return price;
	}

	private static TaxCategoryType category(Invoice invoice) {
		TaxCategoryType category = new TaxCategoryType();
		category.setID("S");
		category.setPercent(BigDecimal.valueOf(invoice.vatPercent()));
		category.setTaxScheme(vatScheme());
		return category;
	}

	private static TaxSchemeType vatScheme() {
		TaxSchemeType scheme = new TaxSchemeType();
		scheme.setID("VAT");
		return scheme;
	}

	private static <T extends oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.AmountType> T amount(T amount, long ore) {
		amount.setValue(BigDecimal.valueOf(ore, 2));
		amount.setCurrencyID(DKK);
		return amount;
	}
}
