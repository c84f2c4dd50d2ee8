package dk.traedesten.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.identity.PasswordRules;
import dk.traedesten.identity.SignInThrottle;
import dk.traedesten.mail.Mailer;
import dk.traedesten.mail.OutgoingMail;
import dk.traedesten.organisation.PersonProfile;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ways into an account besides signing in: invitations from an administrator, password reset by an
 * e-mailed link, and changing one's password.
 */
@Service
public class AccountAccess {

	/** The outcome of setting a password: empty on success, otherwise the message key of the problem. */
	public record Outcome(Optional<String> problem) {
		static Outcome ok() {
			return new Outcome(Optional.empty());
		}

		static Outcome problem(String key) {
			return new Outcome(Optional.of(key));
		}
	}

	private final AccountRepository accounts;

	private final OneTimeTokens tokens;

	private final Mailer mailer;

	private final PasswordEncoder encoder;

	private final ThrottleStore throttle;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final String baseUrl;

	AccountAccess(AccountRepository accounts, OneTimeTokens tokens, Mailer mailer, PasswordEncoder encoder,
			ThrottleStore throttle, MessageSource messages, TransactionTemplate transaction,
			@Value("${traedesten.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mailer = mailer;
		this.encoder = encoder;
		this.throttle = throttle;
		this.messages = messages;
		this.transaction = transaction;
		this.baseUrl = baseUrl;
	}

	/** Invites a person: creates their account if needed and mails a link to choose a password. */
	public void invite(PersonProfile person, Locale locale) {
		transaction.executeWithoutResult(status -> {
			UUID accountId = accounts.findByPerson(person.id())
				.map(AccountRepository.Account::id)
				.orElseGet(() -> accounts.create(person.id(), person.municipalityCode(), person.email(), null));
			String link = baseUrl + "/invitation?token=" + tokens.issue(accountId, OneTimeTokens.Purpose.INVITATION);
			mailer.send(new OutgoingMail(person.municipalityCode(), person.email(),
					messages.getMessage("identity.mail.invitation.subject", null, locale),
					messages.getMessage("identity.mail.invitation.body", new Object[] { person.name(), link }, locale)));
		});
	}

	/**
	 * Mails a reset link if the address has an account. Answers nothing either way, so the page cannot be
	 * used to find out who has an account.
	 */
	public void requestReset(String email, Locale locale) {
		TenantScope.asSystem("password-reset", () -> transaction.executeWithoutResult(status -> accounts
			.findByEmail(email)
			.filter(AccountRepository.Account::enabled)
			.ifPresent(account -> {
				String link = baseUrl + "/nulstil-adgangskode?token="
						+ tokens.issue(account.id(), OneTimeTokens.Purpose.PASSWORD_RESET);
				mailer.send(new OutgoingMail(account.municipalityCode(), account.email(),
						messages.getMessage("identity.mail.reset.subject", null, locale),
						messages.getMessage("identity.mail.reset.body", new Object[] { link }, locale)));
			})));
	}

	public boolean validToken(String token, boolean invitation) {
		return TenantScope.asSystem("password-reset", () -> tokens.accountFor(token, purpose(invitation)).isPresent());
	}

	/** Sets a new password through a one-time link. */
	public Outcome setPasswordWithToken(String token, boolean invitation, String password, String repeated) {
		return TenantScope.asSystem("password-reset", () -> transaction.execute(status -> {
			Optional<AccountRepository.Account> account = tokens.accountFor(token, purpose(invitation))
				.flatMap(accounts::find);
			if (account.isEmpty()) {
				return Outcome.problem("identity.token.invalid");
			}
			return setPassword(account.get(), password, repeated);
		}));
	}

	/** Changes the password of a signed-in user, who must know the current one. */
	public Outcome changePassword(UUID accountId, String current, String password, String repeated) {
		return transaction.execute(status -> {
			AccountRepository.Account account = accounts.find(accountId).orElseThrow();
			if (account.passwordHash() == null || !encoder.matches(current, account.passwordHash())) {
				return Outcome.problem("identity.password.error.current-wrong");
			}
			return setPassword(account, password, repeated);
		});
	}

	private Outcome setPassword(AccountRepository.Account account, String password, String repeated) {
		Optional<String> problem = PasswordRules.problemWith(password, repeated, account.email());
		if (problem.isPresent()) {
			return new Outcome(problem);
		}
		accounts.setPassword(account.id(), encoder.encode(password));
		tokens.consumeAll(account.id());
		throttle.reset(SignInThrottle.keyFor(account.email()));
		return Outcome.ok();
	}

	private static OneTimeTokens.Purpose purpose(boolean invitation) {
		return invitation ? OneTimeTokens.Purpose.INVITATION : OneTimeTokens.Purpose.PASSWORD_RESET;
	}
}
