package dk.traedesten.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** Runs axe-core against the open page for WCAG 2.1 A and AA, and describes what it found. */
final class Accessibility {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	static List<Rule> violations(Browser browser) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
		}
		return results.getViolations();
	}

	/** One paragraph per violated rule: its id, impact and help, then the target selectors of each node. */
	static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n\n", violations.size() + " axe-core violation(s):\n", ""));
	}

	private static String describe(CheckedNode node) {
		return "  - " + node.getTarget() + (node.getFailureSummary() == null ? ""
				: "\n      " + node.getFailureSummary().replace("\n", "\n      "));
	}
}
