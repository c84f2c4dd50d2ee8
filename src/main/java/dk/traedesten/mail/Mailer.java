package dk.traedesten.mail;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mail in the outbox, inside the caller's transaction. */
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
		return id;
	}
}
