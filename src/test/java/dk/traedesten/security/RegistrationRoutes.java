package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.Exempt;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;
import dk.traedesten.security.TenantIsolationWalkTests.ScopedList;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for registrations (decision 0011).
 * The authorization rows change nothing: an empty round is refused at its fields, the other posts name a seat or a
 * group that does not exist and answer 404 to those the guard lets in. The tenancy rows reach for Mette Holm's seat,
 * which Stevns registered for KL's demo summit: København's administrator, a registrar in København, gets 404.
 */
final class RegistrationRoutes {

	static final String REGISTRATION = EventRoutes.SUMMIT + "/tilmelding";

	private RegistrationRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String seat = EventRoutes.SUMMIT + "/deltagere/" + UUID.randomUUID();
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /arrangementer/{slug}/tilmelding", RouteAuthorizationTests.get(Level.REGISTRANT, REGISTRATION));
		table.put("POST /arrangementer/{slug}/tilmelding/runde",
				RouteAuthorizationTests.post(Level.REGISTRANT_REGISTRAR, REGISTRATION + "/runde", Map.of(), 200));
		table.put("POST /arrangementer/{slug}/tilmelding/mig", RouteAuthorizationTests.post(Level.REGISTRANT,
				"/arrangementer/findes-ikke/tilmelding/mig", Map.of(), 404));
		table.put("POST /arrangementer/{slug}/tilmelding/valg",
				RouteAuthorizationTests.post(Level.REGISTRANT_REGISTRAR, REGISTRATION + "/valg", Map.of(), 404));
		table.put("GET /arrangementer/{slug}/deltagere/{id}",
				new RouteAuthorizationTests.Access(Level.REGISTRANT, HttpMethod.GET, seat, Map.of(), 404));
		table.put("POST /arrangementer/{slug}/deltagere/{id}/valg",
				RouteAuthorizationTests.post(Level.REGISTRANT, seat + "/valg", Map.of(), 404));
		table.put("POST /arrangementer/{slug}/deltagere/{id}/byt",
				RouteAuthorizationTests.post(Level.REGISTRANT_REGISTRAR, seat + "/byt", Map.of(), 404));
		table.put("POST /arrangementer/{slug}/deltagere/{id}/afmeld",
				RouteAuthorizationTests.post(Level.REGISTRANT, seat + "/afmeld", Map.of(), 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		UUID mette = TenantScope.asSystem("test", () -> demo.jdbc()
			.sql("select id from event_participant where email = 'medarbejder@stevns.demo' and cancelled_at is null")
			.query(UUID.class)
			.single());
		String seat = EventRoutes.SUMMIT + "/deltagere/" + mette;
		String secret = "Mette Holm";
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /arrangementer/{slug}/tilmelding", new ScopedList(REGISTRATION, "Nadia Ibrahim"));
		String own = "registers in the signed-in person's own municipality; takes no id of another's registration";
		table.put("POST /arrangementer/{slug}/tilmelding/runde", new Exempt(own));
		table.put("POST /arrangementer/{slug}/tilmelding/mig", new Exempt(own));
		table.put("POST /arrangementer/{slug}/tilmelding/valg", new Exempt(own + " (RegistrationTests)"));
		table.put("GET /arrangementer/{slug}/deltagere/{id}", new ForeignResource(HttpMethod.GET, seat, Map.of(), secret));
		table.put("POST /arrangementer/{slug}/deltagere/{id}/valg",
				new ForeignResource(HttpMethod.POST, seat + "/valg", Map.of("group", UUID.randomUUID().toString()), secret));
		table.put("POST /arrangementer/{slug}/deltagere/{id}/byt", new ForeignResource(HttpMethod.POST, seat + "/byt",
				Map.of("name", "Overtaget", "email", "overtaget@kk.demo", "jobTitle", "x"), secret));
		table.put("POST /arrangementer/{slug}/deltagere/{id}/afmeld",
				new ForeignResource(HttpMethod.POST, seat + "/afmeld", Map.of(), secret));
		return table;
	}
}
