/**
 * The audit trail: who changed which domain data, when, and what it was before and after. Rows are written
 * by database triggers (V001__create_platform.sql) so that no change escapes them; this module lets
 * administrators browse and filter the trail. It reads the trail only and has no dependencies.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package dk.traedesten.audit;
