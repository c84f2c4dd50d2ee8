package dk.traedesten.notifications;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notifies people in the app, inside the caller's transaction so a rolled-back change notifies nobody. */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notifies the person: the message is the bundle key and its arguments, rendered in the reader's language
	 * when shown; {@code link} is the app path the notification leads to, e.g. {@code /maalinger/serier/…}.
	 */
	@Transactional
	public void notify(int municipalityCode, UUID personId, String messageKey, List<String> arguments, String link) {
		if (messageKey == null || messageKey.isBlank()) {
			throw new IllegalArgumentException("A notification needs a message key");
		}
		// Only a path inside the app: a notification must not lead the reader off to another site.
		if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
			throw new IllegalArgumentException("A notification links to a path in the app, not " + link);
		}
		jdbc.sql("""
				insert into notification (id, municipality_code, person_id, message_key, arguments, link)
				values (:id, :code, :person, :key, :arguments, :link)""")
			.param("id", UUID.randomUUID())
			.param("code", municipalityCode)
			.param("person", personId)
			.param("key", messageKey)
			.param("arguments", List.copyOf(arguments).toArray(String[]::new))
			.param("link", link)
			.update();
	}
}
