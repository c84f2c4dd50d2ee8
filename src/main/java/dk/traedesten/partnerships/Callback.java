package dk.traedesten.partnerships;

import java.time.Instant;
import java.util.UUID;

/** A request in the organisers' queue; {@code assignedTo} and {@code doneAt} are null until set. */
public record Callback(UUID id, String name, int municipalityCode, String municipality, String phone,
		CallbackTopic topic, String preferredTime, Instant createdAt, UUID assignedTo, String assignedName,
		Instant doneAt) {

	public String phoneDisplay() {
		return PhoneNumbers.display(phone);
	}

	public boolean done() {
		return doneAt != null;
	}
}
