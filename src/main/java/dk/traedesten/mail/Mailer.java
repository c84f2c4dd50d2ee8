package dk.traedesten.mail;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mail in the outbox with its attachments (V030), inside the caller's transaction. */
@Service
public class Mailer {

	private final JdbcClient jdbc;

	Mailer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public UUID send(OutgoingMail mail) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into mail_outbox (id, municipality_code, recipient, subject, body)
				values (:id, :code, :recipient, :subject, :body)""")
			.param("id", id)
			.param("code", mail.municipalityCode())
			.param("recipient", mail.recipient())
			.param("subject", mail.subject())
			.param("body", mail.body())
			.update();
		int position = 0;
		for (OutgoingMail.Attachment file : mail.attachments()) {
			jdbc.sql("""
					insert into mail_outbox_attachment (mail_id, position, municipality_code, filename, content_type, content)
					values (:id, :position, :code, :filename, :type, :content)""")
				.param("id", id)
				.param("position", ++position)
				.param("code", mail.municipalityCode())
				.param("filename", file.filename())
				.param("type", file.contentType())
				.param("content", file.content())
				.update();
		}
		return id;
	}
}
