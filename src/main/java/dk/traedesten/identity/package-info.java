/**
 * Signing in and who is signed in: local accounts with Argon2id passwords, throttling, password reset by
 * e-mailed one-time links, invitations, and OIDC sign-in (MitID through a broker). It owns the web
 * security configuration. It reads people and roles from the organisation module and sends mail through
 * the mail module's outbox.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "organisation", "mail" })
package dk.traedesten.identity;
