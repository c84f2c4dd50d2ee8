package dk.traedesten.trials;

import java.util.List;

import dk.traedesten.organisation.UnitKind;

/** What each step of the application form saves. Free text is checked for CPR numbers before it is stored. */
public final class ApplicationSections {

	private ApplicationSections() {
	}

	public record Intervention(String title, String intervention, String problem, Integer ageFrom, Integer ageTo,
			List<UnitKind> unitKinds, Integer childCount) {

		public Intervention {
			unitKinds = unitKinds == null ? List.of() : List.copyOf(unitKinds);
		}
	}

	public record ChildPerspective(String childPerspective, List<ChildVoiceMethod> methods) {

		public ChildPerspective {
			methods = methods == null ? List.of() : List.copyOf(methods);
		}
	}

	public record Improvement(String aim, List<TrialApplication.Measure> measures, String changeIdeas,
			String firstCycle) {

		public Improvement {
			measures = measures == null ? List.of() : List.copyOf(measures);
		}
	}

	public record Resources(String expectedEffect, boolean dataQualitative, boolean dataQuantitative,
			String dataCollection, Integer hoursRequested, Integer moneyRequested) {
	}
}
