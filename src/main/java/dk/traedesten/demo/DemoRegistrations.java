package dk.traedesten.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.events.ChoiceGroup;
import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.NewParticipant;
import dk.traedesten.events.Participant;
import dk.traedesten.events.PublishedEvent;
import dk.traedesten.events.Registrations;

import org.springframework.stereotype.Component;

/**
 * Stevns and København registered for KL's summit: Stevns in two rounds with the political talk on daycare chosen and
 * theme sessions picked, København in one. The registration became binding two weeks before the summit, so the demo
 * shows a swap allowed and a cancellation refused. Names are fictional.
 */
@Component
class DemoRegistrations {

	static final LocalDate BINDING_FROM = LocalDate.of(2021, 1, 14);

	private final Registrations registrations;

	private final EventCatalogue catalogue;

	DemoRegistrations(Registrations registrations, EventCatalogue catalogue) {
		this.registrations = registrations;
		this.catalogue = catalogue;
	}

	boolean present() {
		return catalogue.find(DemoEvents.SUMMIT).isEmpty()
				|| !registrations.of(DemoEvents.SUMMIT, 336).participants().isEmpty();
	}

	void seed() {
		String slug = DemoEvents.SUMMIT;
		registrations.setBindingFrom(slug, BINDING_FROM);
		registrations.registerRound(slug, 336, "koordinator@stevns.demo",
				List.of(new NewParticipant("Mette Holm", "medarbejder@stevns.demo", "Lærer"),
						new NewParticipant("Lone Sørensen", "lone.soerensen@stevns.demo", "Dagtilbudsleder"),
						new NewParticipant("Bo Jessen", "bo.jessen@stevns.demo", "Skoleleder")));
		registrations.registerRound(slug, 336, "koordinator@stevns.demo",
				List.of(new NewParticipant("Hanne Dahl", "hanne.dahl@stevns.demo", "Konsulent, PPR")));
		registrations.registerRound(slug, 101, "admin@kk.demo",
				List.of(new NewParticipant("Nadia Ibrahim", "nadia.ibrahim@kk.demo", "Områdeleder"),
						new NewParticipant("Jonas Berg", "jonas.berg@kk.demo", "Fagkonsulent")));
		PublishedEvent page = catalogue.find(slug).orElseThrow();
		ChoiceGroup political = group(page, DemoEvents.POLITICAL);
		ChoiceGroup themes = group(page, DemoEvents.THEMES);
		registrations.chooseForMunicipality(slug, 336, political.id(), Set.of(page.offeredBy(political).get(0).id()));
		registrations.chooseForMunicipality(slug, 101, political.id(), Set.of(page.offeredBy(political).get(1).id()));
		List<UUID> themeItems = page.offeredBy(themes).stream().map(item -> item.id()).toList();
		List<Participant> stevns = registrations.of(slug, 336).participants();
		registrations.chooseSessions(stevns.get(0).id(), themes.id(), Set.of(themeItems.get(0), themeItems.get(1)));
		registrations.chooseSessions(stevns.get(1).id(), themes.id(), Set.of(themeItems.get(0)));
		registrations.chooseSessions(stevns.get(2).id(), themes.id(),
				Set.of(themeItems.get(2), themeItems.get(3), themeItems.get(4)));
	}

	private static ChoiceGroup group(PublishedEvent page, String name) {
		return page.groups().stream().filter(group -> group.name().equals(name)).findFirst().orElseThrow();
	}
}
