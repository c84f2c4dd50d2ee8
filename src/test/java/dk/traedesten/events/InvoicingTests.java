package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Closing invoicing on the real database: one invoice per municipality, gap-free numbers, credit notes, tenancy. */
@SpringBootTest
class InvoicingTests {

	static final String ORGANISER = "arrangoer@stevns.demo";

	@Autowired
	EventPlanning planning;

	@Autowired
	Registrations registrations;

	@Autowired
	Invoicing invoicing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void closingIssuesOneInvoicePerMunicipalityWithConsecutiveNumbersAndCreditNotesContinueTheSeries() {
		String slug = pastStevnsEvent(LocalDateTime.of(2021, 3, 4, 9, 0));
		asStevns("koordinator@stevns.demo", () -> registrations.registerRound(slug, 336, "koordinator@stevns.demo",
				IntStream.rangeClosed(1, 11).mapToObj(n -> person(slug, "stevns", n)).toList()));
		TenantScope.asTenant(101, "admin@kk.demo", () -> registrations.registerRound(slug, 101, "admin@kk.demo",
				List.of(person(slug, "kk", 1), person(slug, "kk", 2))));
		TenantScope.asSystem("test", () -> jdbc.sql("update municipality set ean = '5798009374608' where code = 101").update());

		assertThatThrownBy(() -> asStevns("koordinator@stevns.demo", () -> invoicing.close(slug)))
			.isInstanceOf(EventNotFoundException.class);
		List<Invoice> issued = asStevns(ORGANISER, () -> invoicing.close(slug));

		assertThat(issued).extracting(Invoice::municipalityCode).containsExactly(101, 336);
		int first = issued.get(0).number();
		assertThat(issued).extracting(Invoice::number).containsExactly(first, first + 1);
		Invoice copenhagen = issued.get(0);
		assertThat(copenhagen.buyerEan()).isEqualTo("5798009374608");
		assertThat(copenhagen.quantity()).isEqualTo(2);
		assertThat(copenhagen.totalOre()).isEqualTo(2 * 194_500 * 125 / 100);
		Invoice stevns = issued.get(1);
		assertThat(stevns.discountPercent()).isEqualTo(10);
		assertThat(stevns.totalOre()).isEqualTo(PricingRules.perPerson(SEED_004, List.of(11)).totalOre());

		assertThatThrownBy(() -> asStevns(ORGANISER, () -> invoicing.close(slug)))
			.isInstanceOfSatisfying(InvoicingRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo(InvoicingRefusedException.Reason.ALREADY_CLOSED));

		Invoice note = asStevns(ORGANISER, () -> invoicing.credit(slug, copenhagen.id()));
		assertThat(note.number()).isEqualTo(first + 2);
		assertThat(note.creditNote()).isTrue();
		assertThat(note.creditsNumber()).isEqualTo(first);
		assertThat(note.totalOre()).isEqualTo(copenhagen.totalOre());
		assertThatThrownBy(() -> asStevns(ORGANISER, () -> invoicing.credit(slug, copenhagen.id())))
			.isInstanceOfSatisfying(InvoicingRefusedException.class, refused -> assertThat(refused.reason())
				.isEqualTo(InvoicingRefusedException.Reason.ALREADY_CREDITED));

		// The next event of the same organiser continues the series where the credit note left it.
		String next = pastStevnsEvent(LocalDateTime.of(2021, 5, 6, 9, 0));
		asStevns("koordinator@stevns.demo", () -> registrations.registerRound(next, 336, "koordinator@stevns.demo",
				List.of(person(next, "stevns", 1))));
		assertThat(asStevns(ORGANISER, () -> invoicing.close(next))).extracting(Invoice::number)
			.containsExactly(first + 3);

		assertThat(TenantScope.asTenant(101, "admin@kk.demo", () -> invoicing.ofEvent(slug)))
			.extracting(Invoice::municipalityCode).containsOnly(101).hasSize(2);
		assertThat(TenantScope.asTenant(101, "admin@kk.demo", () -> invoicing.find(slug, stevns.id()))).isEmpty();
	}

	@Test
	void onlyTheOrganiserReachesAnEventsInvoicing() {
		String summit = "boern-unge-topmoede-2021";
		assertThat(asStevns(ORGANISER, () -> invoicing.organised(summit))).isEmpty();
		assertThat(TenantScope.asSystem("test", () -> invoicing.organised(summit))).isPresent();
		String own = pastStevnsEvent(LocalDateTime.of(2021, 6, 1, 9, 0));
		assertThat(asStevns(ORGANISER, () -> invoicing.organised(own))).isPresent();
		assertThat(asStevns("koordinator@stevns.demo", () -> invoicing.organised(own))).isEmpty();
		assertThat(TenantScope.asTenant(101, "admin@kk.demo", () -> invoicing.organised(own))).isEmpty();
	}

	@Test
	void invoicingIsNotClosedBeforeTheEventHasEnded() {
		String slug = pastStevnsEvent(LocalDateTime.now().plusDays(10));
		assertThatThrownBy(() -> asStevns(ORGANISER, () -> invoicing.close(slug)))
			.isInstanceOfSatisfying(InvoicingRefusedException.class,
					refused -> assertThat(refused.reason()).isEqualTo(InvoicingRefusedException.Reason.NOT_OVER));
		assertThat(asStevns(ORGANISER, () -> invoicing.closed(slug))).isFalse();
	}

	static final PriceList SEED_004 = new PriceList(null, null, null, 50_000, false, 194_500, 25,
			List.of(new DiscountTier(10, 10), new DiscountTier(20, 20)));

	private String pastStevnsEvent(LocalDateTime start) {
		String slug = "faktura-" + UUID.randomUUID().toString().substring(0, 8);
		TenantScope.asSystem("test", () -> {
			UUID id = planning.plan(new NewEvent(slug, EventKind.THEME_MEETING, "Temamøde om fakturering", "",
					Organiser.municipality(336, "Stevns"), start, start.plusHours(6), EventFormat.IN_PERSON, "Rådhuset",
					"", ""), List.of(), List.of(new NewProgrammeItem(LocalTime.of(9, 0), null, ProgrammeItemKind.TALK,
							null, "Velkommen", "", List.of(), "", null, null)), SEED_004);
			planning.publish(id);
			return id;
		});
		return slug;
	}

	private static NewParticipant person(String slug, String tag, int n) {
		// Each municipality's people in its own mail domain: the tenancy walk looks for Stevns' domain on København's pages.
		String domain = tag.equals("kk") ? "@kk.demo" : "@stevns.demo";
		return new NewParticipant("Deltager " + n, "d" + n + "." + tag + "." + slug + domain, "Pædagog");
	}

	private static <T> T asStevns(String actor, java.util.function.Supplier<T> work) {
		return TenantScope.asTenant(336, actor, work);
	}
}
