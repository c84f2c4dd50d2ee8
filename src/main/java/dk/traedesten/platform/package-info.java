/**
 * The ground every module stands on: the database (embedded PostgreSQL by default), tenancy enforced by
 * row-level security, the web shell (layout, language, error pages) and the clock.
 * <p>
 * It is an open module because its sub-packages hold infrastructure the other modules use as it is
 * (for example the tenant scope around background work); it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.traedesten.platform;
