package dk.traedesten.demo;

import java.time.LocalDate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.platform.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds the demo data once, when the settings ask for it and it is not there yet. */
@Component
class DemoDataSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final DemoDataProperties properties;

	private final ObjectProvider<EmbeddedPostgres> embedded;

	private final OrganisationDirectory directory;

	private final DemoOrganisations organisations;

	private final DemoStrategies strategies;

	private final DemoTrials trials;

	private final DemoTrialFollowUp followUp;

	private final DemoMeasures measures;

	private final DemoEvents events;

	private final DemoRegistrations registrations;

	private final DemoInvoices invoices;

	private final DemoCommittees committees;

	private final DemoCommitteeFollowUps committeeFollowUps;
	private final DemoWebinar webinar;

	private final DemoRunSheet runSheet;
	private final DemoPartnerships partnerships;

	private final TransactionTemplate transaction;

	DemoDataSeeder(DemoDataProperties properties, ObjectProvider<EmbeddedPostgres> embedded,
			OrganisationDirectory directory, DemoOrganisations organisations, DemoStrategies strategies,
			DemoTrials trials, DemoTrialFollowUp followUp, DemoMeasures measures, DemoEvents events,
			DemoRegistrations registrations, DemoInvoices invoices, DemoCommittees committees,
			DemoCommitteeFollowUps committeeFollowUps, DemoWebinar webinar, DemoPartnerships partnerships,
			DemoRunSheet runSheet, TransactionTemplate transaction) {
		this.runSheet = runSheet;
		this.committeeFollowUps = committeeFollowUps;
		this.properties = properties;
		this.embedded = embedded;
		this.directory = directory;
		this.organisations = organisations;
		this.strategies = strategies;
		this.trials = trials;
		this.followUp = followUp;
		this.measures = measures;
		this.events = events;
		this.registrations = registrations;
		this.invoices = invoices;
		this.committees = committees;
		this.webinar = webinar;
		this.partnerships = partnerships;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted()) {
			return;
		}
		TenantScope.asSystem("demodata", () -> transaction.executeWithoutResult(status -> {
			if (directory.profileByEmail(DemoOrganisations.MARKER_EMAIL).isEmpty()) {
				organisations.seed(properties.demoPassword());
				log.info("Demo data created: Stevns, København and Herning (sign-ins are listed in README.md)");
			}
			// Checked on its own so that a data directory from an earlier version gets the strategies and trials too.
			if (!strategies.present()) {
				strategies.seed();
				trials.seed();
				followUp.seed();
				log.info("Demo strategies and trials created for Stevns and København");
			}
			if (!measures.present()) {
				measures.seed(LocalDate.now());
				log.info("Demo measures created for Stevns");
			}
			if (!events.present()) {
				events.seed();
				log.info("Demo event created: KL's Børn & Unge Topmøde 2021");
			}
			if (!registrations.present()) {
				registrations.seed();
				log.info("Demo registrations created for the summit: Stevns and København");
			}
			if (!invoices.present()) {
				invoices.seed();
				log.info("Demo invoices issued for the summit: Stevns and København");
			}
			if (!runSheet.present()) {
				runSheet.seed();
				log.info("Demo run sheet written for the summit");
			}
			if (!committees.present()) {
				committees.seed();
				log.info("Demo committees created for Herning, København and Stevns");
			}
			if (!committeeFollowUps.present()) {
				committeeFollowUps.seed();
				log.info("Demo follow-up on Herning's item 20 and Stevns' selection put before its committee");
			}
			if (!webinar.present()) {
				webinar.seed();
				log.info("Demo webinar created for København: 200 participants at area roundtables");
			}
			if (!partnerships.present()) {
				partnerships.seed(properties.demoPassword());
				log.info("Demo partnerships of KL and Komponent created: Stevns in both, København in daycare");
			}
		}));
	}

	private boolean wanted() {
		return switch (properties.demoData()) {
			case "true" -> true;
			case "false" -> false;
			default -> embedded.getIfAvailable() != null;
		};
	}
}
