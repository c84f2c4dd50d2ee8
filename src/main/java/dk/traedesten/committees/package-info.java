/**
 * Political committees (DOMAIN.md §7): committees with members and terms, their meetings, agendas of numbered items
 * with case numbers in the municipality's format, item templates, the workflow from draft to published minutes, and
 * the public pages where anyone reads published agendas and decisions without signing in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
		// The tenant scope (whose rows a connection sees) and the web shell (layout, language, error pages).
		"platform",
		// The municipality names shown on the public pages.
		"organisation" })
package dk.traedesten.committees;
