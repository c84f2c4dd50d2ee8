/**
 * In-app notifications: short messages to one person with a link, shown on {@code /notifikationer} in the
 * reader's language (the message is stored as a bundle key with its arguments) until they are read. Other
 * modules call {@link dk.traedesten.notifications.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity" })
package dk.traedesten.notifications;
