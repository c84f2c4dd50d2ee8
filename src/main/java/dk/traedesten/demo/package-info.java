/**
 * Demo data for trying Trædesten on the embedded database: Stevns, København and Herning with fictional
 * areas, units, people and one sign-in per role (listed in the README). It uses only the other modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "organisation", "identity", "strategy", "trials", "measures",
		"events", "committees", "partnerships" })
package dk.traedesten.demo;
