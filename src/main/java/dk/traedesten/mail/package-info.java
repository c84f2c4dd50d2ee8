/**
 * Outgoing e-mail through a transactional outbox: a mail is stored with the change that causes it and sent
 * by a scheduled task afterwards, so no mail goes out for a change that was rolled back and a mail server
 * outage delays mail without failing the user's action.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package dk.traedesten.mail;
