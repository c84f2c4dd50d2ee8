package dk.traedesten.demo;

import java.time.LocalTime;

import dk.traedesten.events.NewRunSheetRow;
import dk.traedesten.events.RunSheets;

import org.springframework.stereotype.Component;

/**
 * KL's run sheet for the online summit: the programme copied in with its speakers as responsible, and the
 * production's own lines around it (seed 004 gives the programme; the production lines are invented).
 */
@Component
class DemoRunSheet {

	private final RunSheets runSheets;

	DemoRunSheet(RunSheets runSheets) {
		this.runSheets = runSheets;
	}

	boolean present() {
		return runSheets.of(DemoEvents.SUMMIT).map(sheet -> !sheet.rows().isEmpty()).orElse(true);
	}

	void seed() {
		runSheets.copyProgramme(DemoEvents.SUMMIT);
		runSheets.add(DemoEvents.SUMMIT, new NewRunSheetRow(LocalTime.of(7, 45),
				"Studiet tændes: lyd, billede og streaming testes", "Teknisk producent",
				"Reserveforbindelse klar, hvis hovedlinjen falder ud."));
		runSheets.add(DemoEvents.SUMMIT, new NewRunSheetRow(LocalTime.of(8, 30),
				"Moderator og formandskab på linje til lydprøve", "Aase Kjær", "Ring op, hvis nogen mangler kl. 08.40."));
		runSheets.add(DemoEvents.SUMMIT, new NewRunSheetRow(LocalTime.of(8, 50),
				"Livestreamen åbner med velkomstbillede", "Teknisk producent", ""));
		runSheets.add(DemoEvents.SUMMIT, new NewRunSheetRow(LocalTime.of(16, 35),
				"Streamingen slukkes, og optagelsen gemmes", "Teknisk producent",
				"Optagelsen sendes til deltagerne sammen med evalueringen."));
		runSheets.of(DemoEvents.SUMMIT).ifPresent(sheet -> sheet.rows().stream()
			.filter(row -> row.startsAt().equals(LocalTime.of(7, 45)))
			.findFirst()
			.ifPresent(row -> runSheets.tick(DemoEvents.SUMMIT, row.id(), true)));
	}
}
