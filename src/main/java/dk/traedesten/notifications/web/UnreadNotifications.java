package dk.traedesten.notifications.web;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.notifications.internal.Inbox;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count the layout shows on the navigation's notifications link, on every page. */
@ControllerAdvice
class UnreadNotifications {

	private final Inbox inbox;

	UnreadNotifications(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unreadNotifications")
	Integer unreadNotifications() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.municipalityCode() != null) {
			return inbox.unread(user.personId());
		}
		return 0;
	}
}
