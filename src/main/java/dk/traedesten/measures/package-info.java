/**
 * Measures (DOMAIN.md §4): indicators, series of one indicator for one group over periods with their baseline,
 * data entered by hand or imported from Danish CSV and Excel files, the run and control charts of the
 * {@code spc} engine drawn as accessible SVG, the before/after effect with its confidence interval, small-group
 * suppression outside the trial's team, and notice to the team when a new point makes a signal appear.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "organisation", "trials", "spc",
		"mail", "identity", "notifications" })
package dk.traedesten.measures;
