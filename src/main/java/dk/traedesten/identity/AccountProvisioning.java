package dk.traedesten.identity;

import java.util.UUID;

import dk.traedesten.identity.internal.AccountRepository;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates accounts with a known password, for set-up code such as the demo data. */
@Service
public class AccountProvisioning {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	AccountProvisioning(AccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	public UUID createWithPassword(UUID personId, Integer municipalityCode, String email, String rawPassword) {
		return accounts.create(personId, municipalityCode, email, encoder.encode(rawPassword));
	}
}
