package dk.traedesten.demo;

import org.springframework.stereotype.Component;

/** Demo content: the strategies of Stevns ("Sammen MED børnene" with the kvintet model, seed 003) and København ("Plads til forskellighed" with its themes). */
@Component
class DemoStrategies {

	void seed() {
	}
}
