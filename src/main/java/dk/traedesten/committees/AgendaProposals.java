package dk.traedesten.committees;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putting something of another module before a committee: a draft agenda item on an upcoming meeting of the
 * municipality, written by that module (the trials module puts a call's selection there), linked back to what it
 * came from. The secretary then finishes it like any draft.
 */
@Service
@Transactional(readOnly = true)
public class AgendaProposals {

	private final CommitteeAdministration administration;

	private final JdbcClient jdbc;

	AgendaProposals(CommitteeAdministration administration, JdbcClient jdbc) {
		this.administration = administration;
		this.jdbc = jdbc;
	}

	/** The municipality's meetings from today on that are neither cancelled nor held, soonest first. */
	public List<Meeting> upcomingMeetings(LocalDate today) {
		return administration.committees().stream()
			.flatMap(committee -> administration.meetings(committee.id()).stream())
			.filter(meeting -> !meeting.meetsOn().isBefore(today))
			.filter(meeting -> meeting.state() == MeetingState.PLANNED || meeting.state() == MeetingState.INVITED)
			.sorted(java.util.Comparator.comparing(Meeting::meetsOn).thenComparing(Meeting::startsAt))
			.toList();
	}

	/**
	 * A draft item on the meeting with the presentation and recommendation written, linked to the source.
	 * @throws CommitteeNotFoundException when the meeting is not one of {@link #upcomingMeetings}
	 */
	@Transactional
	public UUID propose(UUID meetingId, LocalDate today, String title, String presentation, String recommendation,
			LinkKind kind, UUID sourceId) {
		if (upcomingMeetings(today).stream().noneMatch(meeting -> meeting.id().equals(meetingId))) {
			throw new CommitteeNotFoundException();
		}
		UUID item = administration.addItem(meetingId, "AGENDA_ITEM", title);
		write(item, SectionKind.PRESENTATION, presentation);
		write(item, SectionKind.RECOMMENDATION, recommendation);
		jdbc.sql("""
				insert into agenda_item_link (id, municipality_code, item_id, kind, target_id)
				select :id, municipality_code, id, :kind, :target from agenda_item where id = :item""")
			.param("id", UUID.randomUUID()).param("item", item).param("kind", kind.name()).param("target", sourceId)
			.update();
		return item;
	}

	private void write(UUID item, SectionKind kind, String body) {
		jdbc.sql("update agenda_item_section set body = :body where item_id = :item and kind = :kind")
			.param("body", body).param("item", item).param("kind", kind.name())
			.update();
	}
}
