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
import dk.traedesten.events.Registrant;
import dk.traedesten.events.Registrations;
import dk.traedesten.organisation.OrganisationDirectory;

import org.springframework.stereotype.Component;

/**
 * Stevns and København registered for KL's summit: Stevns in two rounds with the political talk on daycare chosen and
 * theme sessions picked, København in one. The registration became binding two weeks before the summit, so the demo
 * shows a swap allowed and a cancellation refused. Autismeforeningen, an association, registered eleven people in two
 * rounds and pays per person with 10 % off its whole invoice (seed 004). Names are fictional.
 */
@Component
class DemoRegistrations {

	static final LocalDate BINDING_FROM = LocalDate.of(2021, 1, 14);

	private final Registrations registrations;

	private final EventCatalogue catalogue;

	private final OrganisationDirectory directory;

	DemoRegistrations(Registrations registrations, EventCatalogue catalogue, OrganisationDirectory directory) {
		this.registrations = registrations;
		this.catalogue = catalogue;
		this.directory = directory;
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
		Registrant association = Registrant.organisation(directory.organisationNamed("Autismeforeningen").orElseThrow().id());
		String[] names = { "Karen Lykke", "Peter Vang", "Sara Mølgaard", "Ida Krogh", "Mikkel Holt", "Anne Bang",
				"Jakob Friis", "Line Skov", "Ole Dam", "Rikke Juul", "Emil Lund" };
		List<NewParticipant> people = java.util.stream.IntStream.range(0, names.length)
			.mapToObj(n -> new NewParticipant(names[n], n == 0 ? DemoOrganisations.ASSOCIATION_REGISTRAR
					: "deltager" + n + "@autismeforeningen.demo", n == 0 ? "Sekretariatsleder" : "Rådgiver"))
			.toList();
		registrations.registerRound(slug, association, DemoOrganisations.ASSOCIATION_REGISTRAR, people.subList(0, 7));
		registrations.registerRound(slug, association, DemoOrganisations.ASSOCIATION_REGISTRAR, people.subList(7, 11));
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
