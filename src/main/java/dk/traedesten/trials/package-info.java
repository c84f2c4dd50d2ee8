/**
 * Trials (prøvehandlinger): calls for applications, the application form, the eligibility rules, the
 * lifecycle from draft to a closed trial with a decision, selection, the agreement with its follow-up
 * schedule, PDSA cycles, notes and children's statements, the status report and the evaluation. The rules
 * ({@link dk.traedesten.trials.TrialLifecycle}, {@link dk.traedesten.trials.EligibilityRules},
 * {@link dk.traedesten.trials.CprNumbers}) are plain Java; transitions go out as
 * {@link dk.traedesten.trials.TrialTransitioned} events for other modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "organisation", "strategy",
		"mail", "identity",
		// Linking trials and calls to the agenda items that treat them, and putting a selection on an agenda (0017).
		"committees" })
package dk.traedesten.trials;
