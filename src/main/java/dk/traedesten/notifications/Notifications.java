package dk.traedesten.notifications;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** Notifies people in the app. Built in the notifications work (issue 5, item 9). */
@Service
public class Notifications {

	/**
	 * Notifies the person: the message is the bundle key and its arguments, rendered in the reader's language
	 * when shown; {@code link} is the app path the notification leads to, e.g. {@code /maalinger/serier/…}.
	 */
	public void notify(int municipalityCode, UUID personId, String messageKey, List<String> arguments, String link) {
		throw new UnsupportedOperationException("built in the notifications work");
	}
}
