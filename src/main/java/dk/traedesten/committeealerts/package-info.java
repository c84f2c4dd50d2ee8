/**
 * E-mail alerts on committee publications (issue 7): anyone, without an account, follows a committee or a saved
 * Danish full-text search with an e-mail address; after a double opt-in each published agenda or set of minutes that
 * concerns them sends one mail through the outbox, with a link that ends the following (decision 0018).
 * <p>
 * It uses {@code committees} for the publication event and the public records (what the public may read is all a
 * mail may name), {@code mail} for the outbox and {@code platform} for the tenancy scope and the web shell.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "committees", "mail" })
package dk.traedesten.committeealerts;
