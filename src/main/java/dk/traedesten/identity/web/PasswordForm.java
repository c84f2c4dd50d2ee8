package dk.traedesten.identity.web;

/** A new password typed twice, and (when changing it) the current one. */
record PasswordForm(String token, String current, String password, String repeated) {
}
