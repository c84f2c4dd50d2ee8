package dk.traedesten.trials.internal;

import java.util.Locale;

import dk.traedesten.mail.Mailer;
import dk.traedesten.mail.OutgoingMail;
import dk.traedesten.trials.EligibilityProblem;
import dk.traedesten.trials.TrialAction;
import dk.traedesten.trials.TrialApplication;
import dk.traedesten.trials.TrialTransitioned;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicants what happened to their application: the eligibility check's result (with every problem)
 * and the selection's outcome with its reason. It listens inside the transition's own transaction, so the mail
 * sits in the outbox exactly when the transition is committed.
 */
@Component
class TrialNotifications {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final TrialRepository trials;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	TrialNotifications(TrialRepository trials, Mailer mailer, MessageSource messages,
			@Value("${traedesten.base-url:http://localhost:8080}") String baseUrl) {
		this.trials = trials;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(TrialTransitioned event) {
		String kind = switch (event.action()) {
			case FIND_ELIGIBLE -> "eligible";
			case FIND_INELIGIBLE -> "ineligible";
			case SELECT -> "selected";
			case NOT_SELECT -> "not-selected";
			default -> null;
		};
		if (kind == null) {
			return;
		}
		TrialApplication trial = trials.find(event.trialId()).orElseThrow();
		String details = event.action() == TrialAction.FIND_INELIGIBLE ? problems(trial) : event.comment();
		String link = baseUrl + "/proevehandlinger/" + trial.id();
		for (TrialPeopleQuery.PersonRow applicant : trials.applicants(trial.id())) {
			mailer.send(new OutgoingMail(event.municipalityCode(), applicant.email(),
					messages.getMessage("trials.mail." + kind + ".subject", new Object[] { trial.title() }, DANISH),
					messages.getMessage("trials.mail." + kind + ".body",
							new Object[] { applicant.name(), trial.title(), details, link }, DANISH)));
		}
	}

	private String problems(TrialApplication trial) {
		StringBuilder text = new StringBuilder();
		for (EligibilityProblem problem : trial.eligibilityProblems()) {
			text.append("- ").append(messages.getMessage("trials.eligibility." + problem.code(), null, DANISH)).append('\n');
		}
		return text.toString().strip();
	}
}
