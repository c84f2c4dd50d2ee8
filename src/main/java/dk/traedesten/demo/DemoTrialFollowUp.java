package dk.traedesten.demo;

import org.springframework.stereotype.Component;

/** Demo content: the selected demo trials taken further: agreements, PDSA cycles, notes, children's statements, status reports, evaluations and decisions. */
@Component
class DemoTrialFollowUp {

	void seed() {
	}
}
