/**
 * Who takes part: the 98 municipalities as reference data with their population, other organisations
 * (KL, consultancies, associations, self-governing institutions), and each tenant's areas, units, people
 * and the roles they hold. Its API ({@link dk.traedesten.organisation.OrganisationDirectory}) tells other
 * modules who someone is and what they may do.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package dk.traedesten.organisation;
