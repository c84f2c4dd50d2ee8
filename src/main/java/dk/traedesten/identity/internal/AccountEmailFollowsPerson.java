package dk.traedesten.identity.internal;

import dk.traedesten.organisation.PersonEmailChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's sign-in address equal to their address in the organisation. It listens synchronously,
 * inside the change's own transaction, so there is no moment in which the old address still signs in.
 */
@Component
class AccountEmailFollowsPerson {

	private final AccountRepository accounts;

	AccountEmailFollowsPerson(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(PersonEmailChanged event) {
		accounts.changeEmail(event.personId(), event.email());
	}
}
