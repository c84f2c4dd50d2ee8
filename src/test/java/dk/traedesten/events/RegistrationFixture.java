package dk.traedesten.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dk.traedesten.events.EventPlanning.NewChoiceGroup;
import dk.traedesten.platform.tenancy.TenantScope;

/**
 * A published Stevns theme meeting of its own for each test: per-person prices as seed 004 gives them (no licence, so
 * a municipality pays per person), a political talk the municipality chooses, and three theme sessions of which a
 * participant may choose up to two, the first with {@code capacity} seats.
 */
record RegistrationFixture(String slug, UUID eventId, UUID themeOne, UUID themes, UUID political, UUID talkA) {

	static final String POLITICAL = "Politisk oplæg";

	static final String THEMES = "Temamøder";

	static RegistrationFixture create(EventPlanning planning, EventCatalogue catalogue, Registrations registrations,
			int capacity,
			LocalDate bindingFrom) {
		String slug = "tilmelding-" + UUID.randomUUID().toString().substring(0, 8);
		return TenantScope.asSystem("test", () -> {
			UUID id = planning.plan(new NewEvent(slug, EventKind.THEME_MEETING, "Temamøde om tilmelding", "",
					Organiser.municipality(336, "Stevns"), LocalDateTime.of(2027, 3, 4, 9, 0),
					LocalDateTime.of(2027, 3, 4, 16, 0), EventFormat.IN_PERSON, "Rådhuset", "", ""),
					List.of(new NewChoiceGroup(POLITICAL, "", 1, 1, Chooser.ORGANISATION),
							new NewChoiceGroup(THEMES, "", 0, 2, Chooser.PARTICIPANT)),
					List.of(item("09.00", "Velkommen", null, null), item("10.00", "Oplæg A", POLITICAL, null),
							item("10.00", "Oplæg B", POLITICAL, null), item("13.00", "Tema 1", THEMES, capacity),
							item("13.00", "Tema 2", THEMES, null), item("13.00", "Tema 3", THEMES, null)),
					new PriceList(null, null, null, 50_000, false, 194_500, 25,
							List.of(new DiscountTier(10, 10), new DiscountTier(20, 20))));
			planning.publish(id);
			registrations.setBindingFrom(slug, bindingFrom);
			PublishedEvent page = catalogue.find(slug).orElseThrow();
			return new RegistrationFixture(slug, id, itemId(page, "Tema 1"), groupId(page, THEMES), groupId(page, POLITICAL),
					itemId(page, "Oplæg A"));
		});
	}

	private static NewProgrammeItem item(String time, String title, String group, Integer capacity) {
		return new NewProgrammeItem(LocalTime.parse(time.replace('.', ':')), null, ProgrammeItemKind.TALK, null, title,
				"", List.of(), "", group, capacity);
	}

	private static UUID itemId(PublishedEvent page, String title) {
		return page.programme().stream().filter(item -> item.title().equals(title)).findFirst().orElseThrow().id();
	}

	private static UUID groupId(PublishedEvent page, String name) {
		return page.groups().stream().filter(group -> group.name().equals(name)).findFirst().orElseThrow().id();
	}

	static NewParticipant person(String tag, int n) {
		return new NewParticipant("Deltager " + tag + " " + n, "deltager" + n + "." + tag + "@stevns.demo", "Pædagog");
	}
}
