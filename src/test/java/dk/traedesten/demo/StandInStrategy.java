package dk.traedesten.demo;

import java.util.List;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Until the strategy module seeds Stevns' "Sammen MED børnene", the trials fixture has no model to apply
 * against. This test-only stand-in gives Stevns the kvintet model (seed 003) when no strategy exists after the
 * demo data is seeded, and then seeds the demo trials on it. Once the real strategy demo data is there it does
 * nothing, so the tests never depend on which of the two they run against.
 */
@Component
class StandInStrategy {

	private final JdbcClient jdbc;

	private final DemoTrials trials;

	private final TransactionTemplate transaction;

	StandInStrategy(JdbcClient jdbc, DemoTrials trials, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.trials = trials;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seedWhenMissing() {
		TenantScope.asSystem("demodata", () -> transaction.executeWithoutResult(status -> {
			boolean seeded = jdbc.sql("select count(*) from person where email = :email")
				.param("email", DemoOrganisations.MARKER_EMAIL).query(Integer.class).single() > 0;
			boolean strategy = jdbc.sql("select count(*) from strategy where municipality_code = 336")
				.query(Integer.class).single() > 0;
			if (!seeded || strategy) {
				return;
			}
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into strategy (id, municipality_code, title, approved_on, model_name)
					values (:id, 336, 'Sammen MED børnene', date '2023-08-31', 'Kvintetmodellen')""").param("id", id).update();
			element(id, 1, "BEARING", "Vi arbejder fællesskabende", List.of(
					"Alle børn har et ønske om at lykkes og trives, og de gør det bedste, de kan",
					"Vi er sammen om at lykkes og øver os i fællesskab; både børn, forældre og fagpersoner"));
			element(id, 2, "BEARING", "Pædagogiske og didaktiske metoder", List.of(
					"Børn skal have lige muligheder for at blive hørt og have reel mulighed for inddragelse",
					"Vi skal arbejde med færre regler og mere forudsigelighed"));
			element(id, 3, "BEARING", "Ressourcer følger børnefællesskabet", List.of(
					"Ledelsesmæssig opbakning og vedholdenhed",
					"Vi arbejder med strategisk kompetenceudvikling"));
			element(id, 4, "BEARING", "Aldrig alene – altid kompetent", List.of(
					"Udbygning af kendskab og netværk på tværs", "Udvikling af sam-praksis / co-teaching"));
			element(id, 5, "CENTRE", "Prøvehandlinger og øvebaner", List.of());
			trials.seed();
		}));
	}

	private void element(UUID strategy, int position, String kind, String name, List<String> points) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into strategy_element (id, municipality_code, strategy_id, position, kind, name)
				values (:id, 336, :strategy, :position, :kind, :name)""")
			.param("id", id).param("strategy", strategy).param("position", position).param("kind", kind)
			.param("name", name).update();
		for (int i = 0; i < points.size(); i++) {
			jdbc.sql("""
					insert into guiding_point (id, municipality_code, element_id, position, text)
					values (:id, 336, :element, :position, :text)""")
				.param("id", UUID.randomUUID()).param("element", id).param("position", i).param("text", points.get(i))
				.update();
		}
	}
}
