/**
 * A municipality's inclusion strategy: vision and goals, the model of bearing and centre elements with their
 * guiding points, the timeline, the annual cycle, the communication plan and the onboarding checklist. The
 * model is data, so each municipality brings its own. Its API ({@link dk.traedesten.strategy.Strategies})
 * tells the trials module which elements an application must address.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "organisation",
		// The agenda items that decided a strategy, shown on its page (decision 0017).
		"committees" })
package dk.traedesten.strategy;
