/**
 * Events (DOMAIN.md §6): conferences, webinars, network days and theme meetings with their timed programme, the
 * choice groups a programme offers and each event's price list. Published events are public: their invitation,
 * programme and price calculator need no sign-in. The pricing ({@link dk.traedesten.events.PricingRules}) and the
 * choice rules ({@link dk.traedesten.events.ChoiceRules}) are plain Java.
 * <p>
 * It uses {@code platform} for the tenancy scope and the web shell, and {@code organisation} for the organisers
 * (municipalities and organisations such as KL) and the municipalities' island flag and population, which decide
 * a municipality's licence price, and {@code identity} for the signed-in person who registers (decision 0011).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "organisation", "identity", "mail" })
package dk.traedesten.events;
