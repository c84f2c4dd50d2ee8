package dk.traedesten.mail;

/**
 * One plain-text e-mail to one recipient.
 *
 * @param municipalityCode the tenant the mail concerns, or null for mail outside any tenant
 */
public record OutgoingMail(Integer municipalityCode, String recipient, String subject, String body) {

	public OutgoingMail {
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("A mail needs a recipient");
		}
	}
}
