package dk.traedesten.mail;

import java.util.List;

/**
 * One plain-text e-mail to one recipient, with files attached if any.
 *
 * @param municipalityCode the tenant the mail concerns, or null for mail outside any tenant
 */
public record OutgoingMail(Integer municipalityCode, String recipient, String subject, String body,
		List<Attachment> attachments) {

	/** A file sent with the mail, such as a calendar invitation ({@code text/calendar}). */
	public record Attachment(String filename, String contentType, byte[] content) {

		public Attachment {
			if (filename == null || filename.isBlank() || contentType == null || content == null) {
				throw new IllegalArgumentException("An attachment needs a name, a type and content");
			}
		}
	}

	public OutgoingMail {
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("A mail needs a recipient");
		}
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public OutgoingMail(Integer municipalityCode, String recipient, String subject, String body) {
		this(municipalityCode, recipient, subject, body, List.of());
	}
}
