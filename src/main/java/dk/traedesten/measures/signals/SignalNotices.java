package dk.traedesten.measures.signals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.traedesten.mail.Mailer;
import dk.traedesten.mail.OutgoingMail;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesAnalysis;
import dk.traedesten.notifications.MessageArguments;
import dk.traedesten.notifications.Notifications;
import dk.traedesten.trials.TrialTeams;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the signals of a series that its team has not been told about, records them in {@code measure_signal}
 * and tells the team, in the app and by e-mail, in one transaction. The table's unique key claims each signal:
 * when two changes are checked at once, the second waits for the first and finds the signal claimed, so each
 * is told once; a signal that goes and comes back keeps its row and is not told again.
 */
@Service
class SignalNotices {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final MeasureSeries series;

	private final TrialTeams trials;

	private final Notifications notifications;

	private final Mailer mailer;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final String baseUrl;

	SignalNotices(MeasureSeries series, TrialTeams trials, Notifications notifications, Mailer mailer,
			MessageSource messages, JdbcClient jdbc, @Value("${traedesten.base-url:http://localhost:8080}") String baseUrl) {
		this.series = series;
		this.trials = trials;
		this.notifications = notifications;
		this.mailer = mailer;
		this.messages = messages;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl;
	}

	/** Tells the team of the series' new signals; returns how many signals were new. */
	@Transactional(propagation = Propagation.MANDATORY)
	int tell(UUID seriesId) {
		Series found = series.find(seriesId).orElse(null);
		if (found == null) {
			return 0;
		}
		List<SeriesSignal> fresh = new ArrayList<>();
		for (SeriesSignal signal : SignalFinder.of(SeriesAnalysis.of(found.indicator(), series.points(seriesId)))) {
			if (claim(found, signal)) {
				fresh.add(signal);
			}
		}
		if (fresh.isEmpty()) {
			return 0;
		}
		SignalMessage message = SignalMessage.of(found, fresh);
		String link = "/maalinger/serier/" + found.id();
		String text = messages.getMessage(message.key(), MessageArguments.localized(message.arguments(), DANISH), DANISH);
		String subject = messages.getMessage("measure-signals.mail.subject",
				new Object[] { found.indicator().name(), found.groupLabel() }, DANISH);
		for (TrialTeams.Member member : team(found)) {
			notifications.notify(found.municipalityCode(), member.personId(), message.key(), message.arguments(), link);
			if (member.email() != null && !member.email().isBlank()) {
				String body = messages.getMessage("measure-signals.mail.body",
						new Object[] { member.name(), text, baseUrl + link }, DANISH);
				mailer.send(new OutgoingMail(found.municipalityCode(), member.email(), subject, body));
			}
		}
		return fresh.size();
	}

	private boolean claim(Series found, SeriesSignal signal) {
		return jdbc.sql("""
				insert into measure_signal (id, municipality_code, series_id, kind, period_start)
				values (:id, :code, :series, :kind, :start)
				on conflict on constraint measure_signal_uq do nothing""")
			.param("id", UUID.randomUUID())
			.param("code", found.municipalityCode())
			.param("series", found.id())
			.param("kind", signal.kind().name())
			.param("start", Date.valueOf(signal.periodStart()))
			.update() > 0;
	}

	/** A trial's series: the trial's team. A unit's series: the unit's staff and leaders. */
	private List<TrialTeams.Member> team(Series found) {
		if (found.trialId() != null) {
			return trials.team(found.trialId());
		}
		if (found.unitId() == null) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct p.id, p.name, p.email from person p join membership m on m.person_id = p.id
				where m.unit_id = :unit and m.role in ('STAFF', 'UNIT_LEADER')
				order by p.name""")
			.param("unit", found.unitId())
			.query((rs, i) -> new TrialTeams.Member(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("email")))
			.list();
	}
}
