package dk.traedesten.organisation;

import java.util.UUID;

/** A person's e-mail address changed; whoever keys anything by the address (sign-in) follows it. */
public record PersonEmailChanged(UUID personId, String previousEmail, String email) {
}
