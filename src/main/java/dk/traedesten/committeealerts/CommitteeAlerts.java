package dk.traedesten.committeealerts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.traedesten.committees.AgendaItem;
import dk.traedesten.committees.CommitteeNotFoundException;
import dk.traedesten.committees.Meeting;
import dk.traedesten.committees.MeetingPublished;
import dk.traedesten.committees.PublicAgendas;
import dk.traedesten.committees.PublicRecords;
import dk.traedesten.committees.PublicRecords.PublicCommittee;
import dk.traedesten.mail.Mailer;
import dk.traedesten.mail.OutgoingMail;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Following committees and saved searches by e-mail (decision 0018). A follower has no account and may follow a search
 * over every municipality, so all of it runs in the platform scope under the actor {@value #ACTOR}; each entry point
 * sets that scope before its transaction takes a connection. Tokens exist in clear only in the mails: the rows keep
 * their SHA-256 hashes.
 */
@Service
public class CommitteeAlerts {

	static final String ACTOR = "udvalgsabonnement";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

	/** What became of a sign-up: a confirmation mail is on its way, or the address has signed up too often. */
	public enum SignUp {
		CONFIRMATION_SENT, TOO_MANY
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Mailer mailer;

	private final PublicRecords records;

	private final PublicAgendas agendas;

	private final MessageSource messages;

	private final String site;

	CommitteeAlerts(JdbcClient jdbc, TransactionTemplate transaction, Mailer mailer, PublicRecords records,
			PublicAgendas agendas, MessageSource messages,
			@Value("${traedesten.base-url:http://localhost:8080}") String baseUrl) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.mailer = mailer;
		this.records = records;
		this.agendas = agendas;
		this.messages = messages;
		this.site = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The committee's name, for the follow page; only committees the public sees. */
	public Optional<String> committeeName(UUID committeeId) {
		return inScope(() -> records.committee(committeeId).map(PublicCommittee::name));
	}

	/** Signs an address up for a committee's publications; nothing but the confirmation mail goes out. */
	public SignUp followCommittee(UUID committeeId, String address) {
		return inScope(() -> {
			PublicCommittee committee = records.committee(committeeId).orElseThrow(CommitteeNotFoundException::new);
			return signUp(committee.municipalityCode(), committeeId, null, address,
					text("committee-alerts.mail.confirm.committee", committee.name()));
		});
	}

	/** Signs an address up for a saved search over every municipality's published items. */
	public SignUp followSearch(String words, String address) {
		String stripped = words.strip();
		return inScope(() -> signUp(null, null, stripped, address, text("committee-alerts.mail.confirm.search", stripped)));
	}

	/** Confirms the follower a confirmation link belongs to; false for an unknown, used or expired link. */
	public boolean confirm(String token) {
		return inScope(() -> follower(token, "CONFIRM").map(follower -> {
			jdbc.sql("update committee_follower set confirmed_at = now() where id = :id and confirmed_at is null")
				.param("id", follower).update();
			jdbc.sql("delete from committee_follower_token where follower_id = :id and purpose = 'CONFIRM'")
				.param("id", follower).update();
			return true;
		}).orElse(false));
	}

	/** Ends the following an unsubscribe (or still open confirmation) link belongs to; false for an unknown link. */
	public boolean unsubscribe(String token) {
		return inScope(() -> follower(token, "UNSUBSCRIBE").or(() -> follower(token, "CONFIRM")).map(follower -> {
			jdbc.sql("delete from committee_follower where id = :id").param("id", follower).update();
			return true;
		}).orElse(false));
	}

	/**
	 * Mails every confirmed follower the publication concerns, once: a committee's followers always, a search's when
	 * it finds one of the meeting's open items. Closed items are never matched nor named.
	 */
	public int notify(MeetingPublished event) {
		return inScope(() -> {
			Meeting meeting = agendas.meeting(event.meetingId()).orElse(null);
			PublicCommittee committee = records.committee(event.committeeId()).orElse(null);
			if (meeting == null || committee == null) {
				return 0;
			}
			List<AgendaItem> open = agendas.items(event.meetingId()).stream().filter(AgendaItem::open).toList();
			int sent = 0;
			for (Follower follower : confirmedFollowers(event.committeeId())) {
				List<AgendaItem> items = follower.words() == null ? open
						: agendas.openItemsMatching(event.meetingId(), follower.words());
				if (follower.words() != null && items.isEmpty()) {
					continue;
				}
				if (firstTime(follower.id(), event)) {
					mail(follower, event, committee, meeting, items);
					sent++;
				}
			}
			return sent;
		});
	}

	private record Follower(UUID id, String email, String words) {
	}

	private List<Follower> confirmedFollowers(UUID committeeId) {
		return jdbc.sql("""
				select id, email, search_words as words from committee_follower
				where confirmed_at is not null and (committee_id = :committee or search_words is not null)
				order by created_at""")
			.param("committee", committeeId)
			.query(Follower.class)
			.list();
	}

	private boolean firstTime(UUID follower, MeetingPublished event) {
		return jdbc.sql("""
				insert into committee_alert_sent (follower_id, meeting_id, publication) values (:follower, :meeting, :publication)
				on conflict do nothing""")
			.param("follower", follower)
			.param("meeting", event.meetingId())
			.param("publication", event.publication().name())
			.update() == 1;
	}

	private void mail(Follower follower, MeetingPublished event, PublicCommittee committee, Meeting meeting,
			List<AgendaItem> items) {
		String kind = event.publication() == MeetingPublished.Publication.AGENDA ? "agenda" : "minutes";
		String date = DATE.format(meeting.meetsOn());
		String reason = follower.words() == null ? text("committee-alerts.mail.reason.committee", committee.name())
				: text("committee-alerts.mail.reason.search", follower.words());
		String list = items.stream().map(item -> item.number() + ". " + item.title() + "\n" + site + "/udvalg/punkter/" + item.id())
			.collect(Collectors.joining("\n\n"));
		String body = text("committee-alerts.mail." + kind + ".body", committee.name(), date, list,
				site + "/udvalg/moeder/" + meeting.id(), reason,
				site + "/udvalg/foelg/afmeld?token=" + issue(follower.id(), "UNSUBSCRIBE"));
		mailer.send(new OutgoingMail(committee.municipalityCode(), follower.email(),
				text("committee-alerts.mail." + kind + ".subject", committee.name(), date), body));
	}

	private SignUp signUp(Integer municipality, UUID committee, String words, String address, String what) {
		String email = FollowRules.normalisedAddress(address);
		int recent = jdbc.sql("""
				select count(*) from committee_follower where email = :email and created_at > now() - interval '1 hour'""")
			.param("email", email)
			.query(Integer.class)
			.single();
		if (!FollowRules.signupAllowed(recent)) {
			return SignUp.TOO_MANY;
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into committee_follower (id, municipality_code, committee_id, search_words, email)
				values (:id, :code, :committee, :words, :email)""")
			.param("id", id).param("code", municipality).param("committee", committee).param("words", words)
			.param("email", email)
			.update();
		String confirm = issue(id, "CONFIRM");
		String stop = issue(id, "UNSUBSCRIBE");
		mailer.send(new OutgoingMail(municipality, email, text("committee-alerts.mail.confirm.subject"),
				text("committee-alerts.mail.confirm.body", what, site + "/udvalg/foelg/bekraeft?token=" + confirm,
						site + "/udvalg/foelg/afmeld?token=" + stop)));
		return SignUp.CONFIRMATION_SENT;
	}

	private String issue(UUID follower, String purpose) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into committee_follower_token (token_hash, follower_id, purpose, expires_at)
				values (:hash, :follower, :purpose,
				        case when :purpose = 'CONFIRM' then now() + interval '7 days' end)""")
			.param("hash", hash(token)).param("follower", follower).param("purpose", purpose)
			.update();
		return token;
	}

	private Optional<UUID> follower(String token, String purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select follower_id from committee_follower_token
				where token_hash = :hash and purpose = :purpose and (expires_at is null or expires_at > now())""")
			.param("hash", hash(token.strip()))
			.param("purpose", purpose)
			.query(UUID.class)
			.optional();
	}

	private <T> T inScope(java.util.function.Supplier<T> work) {
		return TenantScope.asSystem(ACTOR, () -> transaction.execute(status -> work.get()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
