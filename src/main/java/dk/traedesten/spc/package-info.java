/**
 * The SPC engine: from observations to run charts and control charts, with the centre lines, limits and
 * Anhøj runs analysis that qicharts2 0.8.1 computes (see docs/QI-ANALYSIS.md). It is plain Java with no
 * framework and no dependencies, so the pages, the CLI and the measures module can all call it directly.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package dk.traedesten.spc;
