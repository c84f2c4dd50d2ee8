package dk.traedesten.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Decision 0009 in the database: a draft is seen and changed only by the organiser's people with the EVENT_ORGANISER
 * role; a published event is read by everyone. Stevns' demo organiser is arrangoer@stevns.demo.
 */
@SpringBootTest
class EventVisibilityTests {

	@Autowired
	EventPlanning planning;

	@Autowired
	EventCatalogue catalogue;

	@Test
	void aDraftIsSeenOnlyByItsOrganiserAndAPublishedEventByEveryone() {
		String slug = "temamoede-stevns-" + System.nanoTime();
		java.util.UUID id = TenantScope.asTenant(336, "arrangoer@stevns.demo", () -> planning.plan(draft(slug),
				List.of(), List.of(), PriceList.free()));
		assertThat(TenantScope.asTenant(336, "arrangoer@stevns.demo", () -> planning.exists(slug))).isTrue();
		assertThat(TenantScope.asTenant(336, "medarbejder@stevns.demo", () -> planning.exists(slug))).isFalse();
		assertThat(TenantScope.asTenant(101, "admin@kk.demo", () -> planning.exists(slug))).isFalse();
		assertThat(planning.exists(slug)).as("anonymous").isFalse();
		TenantScope.asTenant(336, "arrangoer@stevns.demo", () -> {
			planning.publish(id);
			return null;
		});
		assertThat(planning.exists(slug)).as("anonymous, once published").isTrue();
		assertThat(TenantScope.asTenant(101, "admin@kk.demo", () -> catalogue.find(slug))).isPresent();
	}

	@Test
	void someoneWithoutTheOrganiserRoleCannotPlanForTheirMunicipality() {
		assertThatThrownBy(() -> TenantScope.asTenant(336, "medarbejder@stevns.demo",
				() -> planning.plan(draft("ikke-tilladt-" + System.nanoTime()), List.of(), List.of(), PriceList.free())))
			.rootCause()
			.hasMessageContaining("row-level security");
	}

	@Test
	void anotherMunicipalitysOrganiserCannotPlanInStevnsName() {
		assertThatThrownBy(() -> TenantScope.asTenant(101, "arrangoer@stevns.demo",
				() -> planning.plan(draft("fremmed-" + System.nanoTime()), List.of(), List.of(), PriceList.free())))
			.rootCause()
			.hasMessageContaining("row-level security");
	}

	private static NewEvent draft(String slug) {
		return new NewEvent(slug, EventKind.THEME_MEETING, "Temamøde om mellemformer", "",
				Organiser.municipality(336, "Stevns"), LocalDateTime.of(2027, 3, 4, 13, 0),
				LocalDateTime.of(2027, 3, 4, 15, 0), EventFormat.IN_PERSON, "Rådhuset", "", "");
	}
}
