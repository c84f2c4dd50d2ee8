package dk.traedesten.demo;

import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.Invoicing;
import dk.traedesten.events.Organiser;
import dk.traedesten.organisation.OrganisationDirectory;

import org.springframework.stereotype.Component;

/**
 * The summit of 2021 is over, so KL has closed invoicing: Stevns and København each have their licence invoice.
 * København's EAN is the one seed 000 gives; Stevns' EAN and KL's CVR are fictional demo numbers (the EAN with a
 * valid GS1 check digit, so the e-invoice passes the Peppol rules).
 */
@Component
class DemoInvoices {

	static final String KOEBENHAVN_EAN = "5798009374608";

	static final String STEVNS_EAN = "5790000000005";

	static final String KL_CVR = "11223344";

	private final Invoicing invoicing;

	private final EventCatalogue catalogue;

	private final OrganisationDirectory directory;

	DemoInvoices(Invoicing invoicing, EventCatalogue catalogue, OrganisationDirectory directory) {
		this.invoicing = invoicing;
		this.catalogue = catalogue;
		this.directory = directory;
	}

	boolean present() {
		return catalogue.find(DemoEvents.SUMMIT).isEmpty() || invoicing.closed(DemoEvents.SUMMIT);
	}

	void seed() {
		invoicing.setIds(Organiser.municipality(101, "København"), null, KOEBENHAVN_EAN);
		invoicing.setIds(Organiser.municipality(336, "Stevns"), null, STEVNS_EAN);
		invoicing.setIds(Organiser.organisation(directory.organisationNamed("KL").orElseThrow().id(), "KL"), KL_CVR,
				null);
		invoicing.close(DemoEvents.SUMMIT);
	}
}
