package dk.traedesten.notifications.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.notifications.MessageArguments;
import dk.traedesten.notifications.internal.Inbox;
import dk.traedesten.notifications.internal.Notification;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in person's own notifications, newest first, in the reader's language; marking them read. */
@Controller
@PreAuthorize(NotificationController.MUNICIPAL)
class NotificationController {

	/** Anyone signed in who works in a municipality: notifications belong to a municipality's work. */
	static final String MUNICIPAL = "isAuthenticated() and principal.municipalityCode() != null";

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	/** A notification with its message rendered for the reader. */
	record Shown(UUID id, String text, String link, ZonedDateTime createdAt, boolean read) {
	}

	private final Inbox inbox;

	private final MessageSource messages;

	NotificationController(Inbox inbox, MessageSource messages) {
		this.inbox = inbox;
		this.messages = messages;
	}

	@GetMapping("/notifikationer")
	String list(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		List<Shown> shown = inbox.newestFirst(user.personId()).stream().map(n -> shown(n, locale)).toList();
		model.addAttribute("notifications", shown);
		model.addAttribute("anyUnread", shown.stream().anyMatch(n -> !n.read()));
		return "notifications/list";
	}

	@PostMapping("/notifikationer/{id}/laest")
	String markRead(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		// Another person's notification answers like one that does not exist.
		if (!inbox.markRead(user.personId(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/notifikationer?laest";
	}

	@PostMapping("/notifikationer/laest")
	String markAllRead(@AuthenticationPrincipal SignedInUser user) {
		inbox.markAllRead(user.personId());
		return "redirect:/notifikationer?laest";
	}

	private Shown shown(Notification notification, Locale locale) {
		String text = messages.getMessage(notification.messageKey(),
				MessageArguments.localized(notification.arguments(), locale), locale);
		return new Shown(notification.id(), text, notification.link(), notification.createdAt().atZone(DANISH_TIME),
				notification.read());
	}
}
