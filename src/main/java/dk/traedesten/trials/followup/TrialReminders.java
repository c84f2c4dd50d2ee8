package dk.traedesten.trials.followup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.trials.DueKind;
import dk.traedesten.mail.Mailer;
import dk.traedesten.mail.OutgoingMail;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.trials.TrialState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder run across all municipalities: for every agreed trial, the reminders {@link ReminderRules}
 * says are due go to the outbox, each once (the {@code trial_reminder} key), to the participants and the
 * leaders of the trial's units, and to the coordinator as well when a report is overdue. Each trial is its own
 * transaction, so one trial's trouble does not hold back the others' reminders.
 */
@Service
public class TrialReminders {

	private static final Logger log = LoggerFactory.getLogger(TrialReminders.class);

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private record Due(UUID trialId, int municipalityCode, String title, TrialState state, LocalDate baselineOn,
			LocalDate statusDueOn, LocalDate evaluationDueOn) {
	}

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	TrialReminders(JdbcClient jdbc, Mailer mailer, MessageSource messages, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.transaction = transaction;
	}

	/** Sends what is due on the day; returns how many reminders went out. Running it twice sends nothing new. */
	public int sendDue(LocalDate today) {
		return sendDue(today, null);
	}

	/** The same for only the given trials (null for all): tests keep other tests' trials out of their run. */
	int sendDue(LocalDate today, UUID[] only) {
		String sql = """
				select t.id as trial_id, t.municipality_code, t.title, t.state, a.baseline_on, a.status_due_on,
				       a.evaluation_due_on
				from trial t join trial_agreement a on a.trial_id = t.id
				where t.state in ('AGREEMENT_MADE', 'RUNNING', 'STATUS_REPORTED')""";
		List<Due> trials = TenantScope.asSystem("påmindelser", () -> transaction.execute(status -> only == null
				? jdbc.sql(sql).query(Due.class).list()
				: jdbc.sql(sql + " and t.id = any(:only)").param("only", only).query(Due.class).list()));
		int sent = 0;
		for (Due trial : trials) {
			Map<DueKind, LocalDate> dates = new EnumMap<>(DueKind.class);
			dates.put(DueKind.BASELINE, trial.baselineOn());
			dates.put(DueKind.STATUS, trial.statusDueOn());
			dates.put(DueKind.EVALUATION, trial.evaluationDueOn());
			for (ReminderRules.Reminder reminder : ReminderRules.due(new ReminderRules.Schedule(trial.state(), dates),
					today)) {
				Integer count = TenantScope.asSystem("påmindelser",
						() -> transaction.execute(status -> send(trial, reminder)));
				sent += count == null ? 0 : count;
			}
		}
		if (sent > 0) {
			log.info("Sent {} trial reminders for {}", sent, today);
		}
		return sent;
	}

	private int send(Due trial, ReminderRules.Reminder reminder) {
		int claimed = jdbc.sql("""
				insert into trial_reminder (id, municipality_code, trial_id, due_kind, due_on, reminder_kind, days_before)
				values (:id, :code, :trial, :due, :dueOn, :kind, :days)
				on conflict on constraint trial_reminder_uq do nothing""")
			.param("id", UUID.randomUUID())
			.param("code", trial.municipalityCode())
			.param("trial", trial.trialId())
			.param("due", reminder.due().name())
			.param("dueOn", reminder.dueOn())
			.param("kind", reminder.kind().name())
			.param("days", reminder.daysBefore())
			.update();
		if (claimed == 0) {
			return 0;
		}
		String subject = messages.getMessage("trial-followup.reminder.subject." + reminder.kind(),
				new Object[] { dueName(reminder.due()), trial.title() }, DANISH);
		String body = messages.getMessage("trial-followup.reminder.body." + reminder.kind(),
				new Object[] { dueName(reminder.due()), trial.title(),
						reminder.dueOn().format(DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH)),
						reminder.daysBefore() },
				DANISH);
		List<String> recipients = recipients(trial.trialId(), reminder.kind() == ReminderRules.Kind.OVERDUE);
		recipients.forEach(recipient -> mailer.send(new OutgoingMail(trial.municipalityCode(), recipient, subject, body)));
		return recipients.isEmpty() ? 0 : 1;
	}

	private String dueName(DueKind kind) {
		return messages.getMessage("trial-followup.due." + kind, null, DANISH);
	}

	/** Participants and the leaders of the trial's units; on overdue also the municipality's coordinators. */
	private List<String> recipients(UUID trialId, boolean overdue) {
		return jdbc.sql("""
				select distinct p.email from person p
				where p.id in (select person_id from trial_participant where trial_id = :trial)
				   or p.id = (select created_by from trial where id = :trial)
				   or p.id in (select m.person_id from membership m join trial_unit tu on tu.unit_id = m.unit_id
				               where tu.trial_id = :trial and m.role = 'UNIT_LEADER')
				   or (:overdue and p.id in (select m.person_id from membership m join trial t on t.id = :trial
				               where m.role = 'STRATEGY_COORDINATOR' and m.municipality_code = t.municipality_code))
				order by p.email""")
			.param("trial", trialId)
			.param("overdue", overdue)
			.query(String.class)
			.list();
	}
}
