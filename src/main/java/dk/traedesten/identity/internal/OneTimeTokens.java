package dk.traedesten.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links for password reset and invitations. The token itself only ever exists in the e-mail;
 * the database keeps its SHA-256 hash, so a copy of the database cannot be used to take over accounts.
 */
@Component
class OneTimeTokens {

	enum Purpose {
		PASSWORD_RESET(Duration.ofMinutes(60)), INVITATION(Duration.ofDays(7));

		final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	OneTimeTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a token and returns it in clear, to be put in a link. */
	String issue(UUID accountId, Purpose purpose) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into one_time_token (token_hash, account_id, purpose, expires_at)
				values (:hash, :account, :purpose, :expires)""")
			.param("hash", hash(token))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("expires", now().plus(purpose.validity))
			.update();
		return token;
	}

	/** The account a still-valid, unused token belongs to. */
	Optional<UUID> accountFor(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select account_id from one_time_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", now())
			.query(UUID.class)
			.optional();
	}

	/** Uses up the token and every other open token of the account: one new password ends them all. */
	void consumeAll(UUID accountId) {
		jdbc.sql("update one_time_token set used_at = :now where account_id = :account and used_at is null")
			.param("now", now())
			.param("account", accountId)
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
