package dk.traedesten.events.internal;

import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.events.ChoiceGroup;
import dk.traedesten.events.Chooser;
import dk.traedesten.events.DiscountTier;
import dk.traedesten.events.EventFormat;
import dk.traedesten.events.EventKind;
import dk.traedesten.events.PriceList;
import dk.traedesten.events.ProgrammeItem;
import dk.traedesten.events.ProgrammeItemKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Events, their programme, choice groups and prices. Row-level security decides what a connection sees: published
 * events for everyone, the rest for their organisers (V015).
 */
@Repository
public class EventRepository {

	/** An event row; the organiser's name is looked up through the organisation module. */
	public record Row(UUID id, String slug, EventKind kind, String title, String theme, Integer municipalityCode,
			UUID organisationId, Timestamp startsAt, Timestamp endsAt, EventFormat format, String place,
			String invitation, String practical, boolean published) {
	}

	private final JdbcClient jdbc;

	EventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Row> findBySlug(String slug) {
		return jdbc.sql("""
				select id, slug, kind, title, theme, municipality_code, organisation_id, starts_at, ends_at, format,
				       place, invitation, practical, published
				from event where slug = :slug""").param("slug", slug).query(Row.class).optional();
	}

	/** Whether the caller may change the event: its organiser's people, or the platform-wide scope (V015). */
	public boolean organises(UUID eventId) {
		return jdbc.sql("""
				select coalesce((select traedesten_event_organiser(o.municipality, o.organisation)
				                 from event_organiser_of(:event) o), false)""")
			.param("event", eventId).query(Boolean.class).single();
	}

	public Optional<Row> findById(UUID eventId) {
		return jdbc.sql("""
				select id, slug, kind, title, theme, municipality_code, organisation_id, starts_at, ends_at, format,
				       place, invitation, practical, published
				from event where id = :id""").param("id", eventId).query(Row.class).optional();
	}

	/** The id of the published event with the slug, in one round trip, for work that needs nothing else of it. */
	public Optional<UUID> publishedId(String slug) {
		return jdbc.sql("select id from event where slug = :slug and published").param("slug", slug)
			.query(UUID.class).optional();
	}

	public List<Row> published() {
		return jdbc.sql("""
				select id, slug, kind, title, theme, municipality_code, organisation_id, starts_at, ends_at, format,
				       place, invitation, practical, published
				from event where published order by starts_at desc""").query(Row.class).list();
	}

	public void insert(Row row) {
		jdbc.sql("""
				insert into event (id, slug, kind, title, theme, municipality_code, organisation_id, starts_at, ends_at,
				                   format, place, invitation, practical, published)
				values (:id, :slug, :kind, :title, :theme, :municipalityCode, :organisationId, :startsAt, :endsAt,
				        :format, :place, :invitation, :practical, :published)""")
			.param("id", row.id()).param("slug", row.slug()).param("kind", row.kind().name())
			.param("title", row.title()).param("theme", row.theme()).param("municipalityCode", row.municipalityCode())
			.param("organisationId", row.organisationId()).param("startsAt", row.startsAt())
			.param("endsAt", row.endsAt()).param("format", row.format().name()).param("place", row.place())
			.param("invitation", row.invitation()).param("practical", row.practical())
			.param("published", row.published())
			.update();
	}

	public void publish(UUID eventId) {
		jdbc.sql("update event set published = true where id = :id").param("id", eventId).update();
	}

	public void insertGroup(UUID eventId, Integer municipalityCode, ChoiceGroup group) {
		jdbc.sql("""
				insert into event_choice_group (id, event_id, municipality_code, name, description, min_choices, max_choices,
				                                chooser)
				values (:id, :event, :code, :name, :description, :min, :max, :chooser)""")
			.param("id", group.id()).param("event", eventId).param("code", municipalityCode)
			.param("name", group.name()).param("description", group.description()).param("min", group.minChoices()).param("max", group.maxChoices())
			.param("chooser", group.chooser().name())
			.update();
	}

	public void deleteGroup(UUID eventId, UUID groupId) {
		jdbc.sql("delete from event_choice_group where event_id = :event and id = :group")
			.param("event", eventId).param("group", groupId).update();
	}

	public List<ChoiceGroup> groups(UUID eventId) {
		return jdbc.sql("""
				select g.id, g.name, g.description, g.min_choices, g.max_choices, g.chooser from event_choice_group g
				where g.event_id = :event
				order by (select min(i.position) from event_programme_item i where i.choice_group_id = g.id)""")
			.param("event", eventId)
			.query((rs, n) -> new ChoiceGroup(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("description"), rs.getInt("min_choices"), rs.getInt("max_choices"), Chooser.valueOf(rs.getString("chooser"))))
			.list();
	}

	public void insertItem(UUID eventId, Integer municipalityCode, ProgrammeItem item) {
		jdbc.sql("""
				insert into event_programme_item (id, event_id, municipality_code, position, starts_at, ends_at, kind,
				                                  section, title, description, speakers, venue, choice_group_id, capacity)
				values (:id, :event, :code, :position, :startsAt, :endsAt, :kind, :section, :title, :description,
				        :speakers, :venue, :group, :capacity)""")
			.param("id", item.id()).param("event", eventId).param("code", municipalityCode)
			.param("position", item.position()).param("startsAt", item.startsAt()).param("endsAt", item.endsAt())
			.param("kind", item.kind().name()).param("section", item.section()).param("title", item.title())
			.param("description", item.description()).param("speakers", String.join("\n", item.speakers()))
			.param("venue", item.venue()).param("group", item.choiceGroupId()).param("capacity", item.capacity())
			.update();
	}

	public void deleteItem(UUID eventId, UUID itemId) {
		jdbc.sql("delete from event_programme_item where event_id = :event and id = :id")
			.param("event", eventId).param("id", itemId).update();
	}

	/**
	 * Numbers the programme 1, 2, 3 … in order of time (items at the same time keep their order). Positions are
	 * unique per event, so they are first moved out of the way as negatives.
	 */
	public void renumberProgramme(UUID eventId) {
		jdbc.sql("update event_programme_item set position = -position where event_id = :event")
			.param("event", eventId).update();
		jdbc.sql("""
				update event_programme_item i set position = o.n
				from (select id, row_number() over (order by starts_at, -position) as n
				      from event_programme_item where event_id = :event) o
				where i.id = o.id""").param("event", eventId).update();
	}

	/** The caller's unpublished events (row-level security shows drafts to their organisers only), soonest first. */
	public List<Row> drafts() {
		return jdbc.sql("""
				select id, slug, kind, title, theme, municipality_code, organisation_id, starts_at, ends_at, format,
				       place, invitation, practical, published
				from event where not published order by starts_at""").query(Row.class).list();
	}

	public List<ProgrammeItem> programme(UUID eventId) {
		return jdbc.sql("""
				select id, position, starts_at, ends_at, kind, section, title, description, speakers, venue,
				       choice_group_id, capacity
				from event_programme_item where event_id = :event order by position""")
			.param("event", eventId)
			.query((rs, n) -> new ProgrammeItem(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
					ProgrammeItemKind.valueOf(rs.getString("kind")), rs.getString("section"), rs.getString("title"),
					rs.getString("description"), lines(rs.getString("speakers")), rs.getString("venue"),
					rs.getObject("choice_group_id", UUID.class), (Integer) rs.getObject("capacity")))
			.list();
	}

	public void savePrices(UUID eventId, Integer municipalityCode, PriceList prices) {
		jdbc.sql("delete from event_price_list where event_id = :event").param("event", eventId).update();
		jdbc.sql("""
				insert into event_price_list (event_id, municipality_code, island_licence_ore, small_licence_ore,
				                              large_licence_ore, population_threshold, threshold_pays_large,
				                              per_person_ore, vat_percent)
				values (:event, :code, :island, :small, :large, :threshold, :thresholdPaysLarge, :perPerson, :vat)""")
			.param("event", eventId).param("code", municipalityCode).param("island", prices.islandLicenceOre())
			.param("small", prices.smallLicenceOre()).param("large", prices.largeLicenceOre())
			.param("threshold", prices.populationThreshold()).param("thresholdPaysLarge", prices.thresholdPaysLarge())
			.param("perPerson", prices.perPersonOre()).param("vat", prices.vatPercent())
			.update();
		for (DiscountTier tier : prices.discounts()) {
			jdbc.sql("""
					insert into event_price_discount (event_id, municipality_code, more_than_persons, percent)
					values (:event, :code, :moreThan, :percent)""")
				.param("event", eventId).param("code", municipalityCode).param("moreThan", tier.moreThanPersons())
				.param("percent", tier.percent())
				.update();
		}
	}

	public Optional<PriceList> prices(UUID eventId) {
		List<DiscountTier> tiers = jdbc.sql("""
				select more_than_persons, percent from event_price_discount where event_id = :event
				order by more_than_persons""")
			.param("event", eventId)
			.query((rs, n) -> new DiscountTier(rs.getInt("more_than_persons"), rs.getInt("percent")))
			.list();
		return jdbc.sql("""
				select island_licence_ore, small_licence_ore, large_licence_ore, population_threshold,
				       threshold_pays_large, per_person_ore, vat_percent
				from event_price_list where event_id = :event""")
			.param("event", eventId)
			.query((rs, n) -> new PriceList((Long) rs.getObject("island_licence_ore"),
					(Long) rs.getObject("small_licence_ore"), (Long) rs.getObject("large_licence_ore"),
					rs.getInt("population_threshold"), rs.getBoolean("threshold_pays_large"),
					rs.getLong("per_person_ore"), rs.getInt("vat_percent"), tiers))
			.optional();
	}

	private static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
	}
}
