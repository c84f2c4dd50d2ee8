package dk.traedesten.events.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.events.Invoice;
import dk.traedesten.events.InvoiceKind;
import dk.traedesten.events.LicenceClass;
import dk.traedesten.events.Organiser;
import dk.traedesten.events.Registrant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invoices, credit notes and the organiser's number series (V018). Row-level security lets only the organiser write
 * them and shows the buyer its own.
 */
@Repository
public class InvoiceRepository {

	private static final String INVOICE = """
			select i.id, i.event_id, i.buyer_code, i.buyer_organisation_id, i.number, i.kind, i.credits, c.number as credits_number,
			       i.issued_on, i.buyer_name, i.buyer_ean, i.licence, i.quantity, i.unit_price_ore, i.net_ore,
			       i.discount_percent, i.discount_ore, i.vat_percent, i.vat_ore, i.total_ore
			from event_invoice i left join event_invoice c on c.id = i.credits
			""";

	private final JdbcClient jdbc;

	InvoiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A seller's series, made on first use. */
	public record Series(UUID id, int nextNumber) {
	}

	/**
	 * Locks the organiser's series row until the transaction ends: whoever issues next waits here, and a rollback gives
	 * the numbers back, so the series has no gaps.
	 */
	public Series lockSeries(Organiser organiser) {
		String column = organiser.municipalityCode() != null ? "municipality_code" : "organisation_id";
		Object key = organiser.municipalityCode() != null ? organiser.municipalityCode() : organiser.organisationId();
		jdbc.sql("insert into event_invoice_series (id, " + column + ") values (:id, :key) on conflict (" + column
				+ ") where " + column + " is not null do nothing")
			.param("id", UUID.randomUUID()).param("key", key).update();
		return jdbc.sql("select id, next_number from event_invoice_series where " + column + " = :key for update")
			.param("key", key)
			.query((rs, n) -> new Series(rs.getObject(1, UUID.class), rs.getInt(2)))
			.single();
	}

	public void advance(UUID seriesId, int nextNumber) {
		jdbc.sql("update event_invoice_series set next_number = :next where id = :id")
			.param("next", nextNumber).param("id", seriesId).update();
	}

	/** Marks invoicing closed; false when it already was (or the caller is not the organiser). */
	public boolean close(UUID eventId, Instant at) {
		return jdbc.sql("update event set invoicing_closed_at = :at where id = :event and invoicing_closed_at is null")
			.param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).param("event", eventId).update() == 1;
	}

	public Optional<Instant> closedAt(UUID eventId) {
		return jdbc.sql("select invoicing_closed_at from event where id = :event")
			.param("event", eventId)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
			.optional()
			.flatMap(at -> at);
	}

	/** The registrants with anyone still registered: municipalities by code, then organisations by name. */
	public List<Registrant> registrants(UUID eventId) {
		return jdbc.sql("""
				select distinct p.municipality_code, p.organisation_id, o.name from event_participant p
				left join organisation o on o.id = p.organisation_id
				where p.event_id = :event and p.cancelled_at is null
				order by p.municipality_code nulls last, o.name""")
			.param("event", eventId)
			.query((rs, n) -> new Registrant(rs.getObject(1, Integer.class), rs.getObject(2, UUID.class)))
			.list();
	}

	/** An organisation's name and EAN, for the invoice it buys. */
	public record BuyerIds(String name, String ean) {
	}

	public Optional<BuyerIds> organisationBuyer(UUID organisationId) {
		return jdbc.sql("select name, ean from organisation where id = :id").param("id", organisationId)
			.query((rs, n) -> new BuyerIds(rs.getString(1), rs.getString(2))).optional();
	}

	/** Whether the caller may organise the event (the rule of V015, asked of the database). */
	public boolean organises(UUID eventId) {
		return jdbc.sql("""
				select coalesce((select traedesten_event_organiser(o.municipality, o.organisation)
				                 from event_organiser_of(:event) o), false)""")
			.param("event", eventId).query(Boolean.class).single();
	}

	public Optional<String> ean(int municipality) {
		return jdbc.sql("select ean from municipality where code = :code")
			.param("code", municipality).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
			.flatMap(ean -> ean);
	}

	public void setMunicipalityIds(int code, String cvr, String ean) {
		jdbc.sql("update municipality set cvr = :cvr, ean = :ean where code = :code")
			.param("cvr", cvr).param("ean", ean).param("code", code).update();
	}

	public void setOrganisationIds(UUID id, String cvr, String ean) {
		jdbc.sql("update organisation set cvr = :cvr, ean = :ean where id = :id")
			.param("cvr", cvr).param("ean", ean).param("id", id).update();
	}

	/** The seller's CVR and EAN, either of which may be missing. */
	public record SellerIds(String cvr, String ean) {
	}

	public SellerIds seller(Organiser organiser) {
		String sql = organiser.municipalityCode() != null ? "select cvr, ean from municipality where code = :key"
				: "select cvr, ean from organisation where id = :key";
		Object key = organiser.municipalityCode() != null ? organiser.municipalityCode() : organiser.organisationId();
		return jdbc.sql(sql).param("key", key)
			.query((rs, n) -> new SellerIds(rs.getString(1), rs.getString(2))).optional()
			.orElse(new SellerIds(null, null));
	}

	public void insert(Invoice invoice, UUID seriesId) {
		jdbc.sql("""
				insert into event_invoice (id, event_id, buyer_code, buyer_organisation_id, series_id, number, kind, credits, issued_on,
				    buyer_name, buyer_ean, licence, quantity, unit_price_ore, net_ore, discount_percent, discount_ore,
				    vat_percent, vat_ore, total_ore)
				values (:id, :event, :code, :org, :series, :number, :kind, :credits, :issued, :buyer, :ean, :licence, :quantity,
				    :unit, :net, :discountPercent, :discount, :vatPercent, :vat, :total)""")
			.param("id", invoice.id()).param("event", invoice.eventId()).param("code", invoice.buyer().municipalityCode())
			.param("org", invoice.buyer().organisationId()).param("series", seriesId).param("number", invoice.number()).param("kind", invoice.kind().name())
			.param("credits", invoice.credits()).param("issued", Date.valueOf(invoice.issuedOn()))
			.param("buyer", invoice.buyerName()).param("ean", invoice.buyerEan())
			.param("licence", invoice.licence() == null ? null : invoice.licence().name())
			.param("quantity", invoice.quantity()).param("unit", invoice.unitPriceOre()).param("net", invoice.netOre())
			.param("discountPercent", invoice.discountPercent()).param("discount", invoice.discountOre())
			.param("vatPercent", invoice.vatPercent()).param("vat", invoice.vatOre()).param("total", invoice.totalOre())
			.update();
	}

	/** The event's invoices and credit notes the caller may see, in number order. */
	public List<Invoice> ofEvent(UUID eventId) {
		return jdbc.sql(INVOICE + " where i.event_id = :event order by i.number")
			.param("event", eventId).query(InvoiceRepository::invoice).list();
	}

	public Optional<Invoice> find(UUID id) {
		return jdbc.sql(INVOICE + " where i.id = :id").param("id", id).query(InvoiceRepository::invoice).optional();
	}

	public boolean credited(UUID invoiceId) {
		return jdbc.sql("select exists (select 1 from event_invoice where credits = :id)")
			.param("id", invoiceId).query(Boolean.class).single();
	}

	private static Invoice invoice(ResultSet rs, int n) throws SQLException {
		String licence = rs.getString("licence");
		Integer code = rs.getObject("buyer_code", Integer.class);
		Registrant buyer = code != null ? Registrant.municipality(code)
				: Registrant.organisation(rs.getObject("buyer_organisation_id", UUID.class));
		return new Invoice(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), buyer,
				rs.getInt("number"), InvoiceKind.valueOf(rs.getString("kind")),
				rs.getObject("credits", UUID.class), (Integer) rs.getObject("credits_number"),
				rs.getObject("issued_on", LocalDate.class), rs.getString("buyer_name"), rs.getString("buyer_ean"),
				licence == null ? null : LicenceClass.valueOf(licence), rs.getInt("quantity"),
				rs.getLong("unit_price_ore"), rs.getLong("net_ore"), rs.getInt("discount_percent"),
				rs.getLong("discount_ore"), rs.getInt("vat_percent"), rs.getLong("vat_ore"), rs.getLong("total_ore"));
	}
}
