package dk.traedesten.demo;

import org.springframework.stereotype.Component;

/** Demo content: the Stevns demo call with about 30 applications spread over the lifecycle, with PDSA cycles, notes and reports. */
@Component
class DemoTrials {

	void seed() {
	}
}
