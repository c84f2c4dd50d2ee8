package dk.traedesten.mail.internal;

import java.util.List;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox. Without a configured mail server (the demo default) mail stays in the
 * outbox, where a platform administrator can read it; nothing about its content is logged, because a
 * mail may hold a one-time sign-in link.
 */
@Component
public class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final int MAX_ATTEMPTS = 10;

	record Pending(UUID id, String recipient, String subject, String body, int attempts) {
	}

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final TransactionTemplate transaction;

	OutboxDispatcher(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender,
			@Value("${traedesten.mail.from:noreply@traedesten.dk}") String from, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.sender = sender;
		this.from = from;
	}

	/** Sends pending mail; returns how many went out. */
	public int dispatch() {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (mailSender == null) {
			return 0;
		}
		return TenantScope.asSystem("mail-outbox", () -> {
			List<Pending> pending = jdbc.sql("""
					select id, recipient, subject, body, attempts from mail_outbox
					where sent_at is null and attempts < :max order by created_at limit 50""")
				.param("max", MAX_ATTEMPTS)
				.query(Pending.class)
				.list();
			int sent = 0;
			for (Pending mail : pending) {
				// The scheduled run and a direct call may overlap: each mail is claimed by locking its row, and a row
				// another run holds, or has sent meanwhile, is left to that run, so no mail goes out twice.
				Boolean done = transaction.execute(status -> claim(mail.id()) && send(mailSender, mail));
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			return sent;
		});
	}

	record Attachment(String filename, String contentType, byte[] content) {
	}

	private boolean claim(UUID id) {
		return jdbc.sql("select id from mail_outbox where id = :id and sent_at is null for update skip locked")
			.param("id", id).query(UUID.class).optional().isPresent();
	}

	private boolean send(JavaMailSender mailSender, Pending mail) {
		List<Attachment> attachments = jdbc.sql("""
				select filename, content_type, content from mail_outbox_attachment where mail_id = :id order by position""")
			.param("id", mail.id())
			.query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.list();
		try {
			if (attachments.isEmpty()) {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(mail.recipient());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				mailSender.send(message);
			}
			else {
				mailSender.send(mime(mailSender, mail, attachments));
			}
			// The body may hold a one-time link: once sent it is not kept, so a copy of the database cannot use it.
			// Attachments (a participant's calendar) go the same way.
			jdbc.sql("""
					update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null, body = ''
					where id = :id""")
				.param("id", mail.id())
				.update();
			jdbc.sql("delete from mail_outbox_attachment where mail_id = :id").param("id", mail.id()).update();
			return true;
		}
		catch (MessagingException ex) {
			return failed(mail, ex.getMessage());
		}
		catch (MailException ex) {
			return failed(mail, ex.getMessage());
		}
	}

	private MimeMessage mime(JavaMailSender mailSender, Pending mail, List<Attachment> attachments)
			throws MessagingException {
		MimeMessage message = mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		for (Attachment file : attachments) {
			helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
		}
		return message;
	}

	private boolean failed(Pending mail, String error) {
		log.warn("Mail {} could not be sent (attempt {}): {}", mail.id(), mail.attempts() + 1, error);
		jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = :error where id = :id")
			.param("error", error)
			.param("id", mail.id())
			.update();
		return false;
	}
}
