package dk.traedesten.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.RouteAuthorizationTests.Level;
import dk.traedesten.security.TenantIsolationWalkTests.ForeignResource;

import org.springframework.http.HttpMethod;

/**
 * The rows of {@link RouteAuthorizationTests} and {@link TenantIsolationWalkTests} for in-app notifications, kept in their
 * own file so each part of the app adds its routes without touching the others'.
 * <p>
 * The notification asked for belongs to Ahmad Rahimi (psykolog@stevns.demo), who is none of the visitors: every
 * Stevns visitor, in his own municipality, gets the 404 of a notification that is not theirs, and København's
 * administrator the same 404 across municipalities. {@code NotificationAccessTests} shows the owner gets through.
 */
final class NotificationRoutes {

	static final String OWNER = "psykolog@stevns.demo";

	static final String SECRET = "Rutetabellens notifikation";

	private NotificationRoutes() {
	}

	static Map<String, RouteAuthorizationTests.Access> authorization(DemoData demo) {
		String someoneElses = "/notifikationer/" + notificationOf(demo) + "/laest";
		Map<String, RouteAuthorizationTests.Access> table = new LinkedHashMap<>();
		table.put("GET /notifikationer",
				new RouteAuthorizationTests.Access(Level.MUNICIPAL_USER, HttpMethod.GET, "/notifikationer", Map.of(), 200));
		table.put("POST /notifikationer/laest", new RouteAuthorizationTests.Access(Level.MUNICIPAL_USER, HttpMethod.POST,
				"/notifikationer/laest", Map.of(), 302));
		table.put("POST /notifikationer/{id}/laest",
				new RouteAuthorizationTests.Access(Level.MUNICIPAL_USER, HttpMethod.POST, someoneElses, Map.of(), 404));
		return table;
	}

	static Map<String, TenantIsolationWalkTests.Entry> tenancy(DemoData demo) {
		Map<String, TenantIsolationWalkTests.Entry> table = new LinkedHashMap<>();
		table.put("GET /notifikationer", new TenantIsolationWalkTests.ScopedList("/notifikationer", null));
		table.put("POST /notifikationer/laest", new TenantIsolationWalkTests.Exempt(
				"marks only the signed-in person's own notifications read; takes no id (NotificationAccessTests)"));
		table.put("POST /notifikationer/{id}/laest", new ForeignResource(HttpMethod.POST,
				"/notifikationer/" + notificationOf(demo) + "/laest", Map.of(), SECRET));
		return table;
	}

	/** An unread notification of the owner's, made once and found again. */
	static UUID notificationOf(DemoData demo) {
		UUID person = demo.person(OWNER);
		return TenantScope.asSystem("test", () -> demo.jdbc()
			.sql("select id from notification where person_id = :person and :secret = any(arguments)")
			.param("person", person)
			.param("secret", SECRET)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> {
				UUID id = UUID.randomUUID();
				demo.jdbc().sql("""
						insert into notification (id, municipality_code, person_id, message_key, arguments, link)
						values (:id, 336, :person, 'measure-signals.runs', :arguments, '/profil')""")
					.param("id", id)
					.param("person", person)
					.param("arguments", new String[] { SECRET, "3.A", "2026-01-05" })
					.update();
				return id;
			}));
	}
}
