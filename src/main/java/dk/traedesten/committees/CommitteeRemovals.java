package dk.traedesten.committees;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretary's removals of what may already be public: withdrawing an item from a published agenda, deleting a
 * meeting, removing a file. The rows go; what the public could read of them stays as an OParl tombstone (id, type,
 * when), in the same transaction, so a client that synchronises learns of the removal (decision 0018).
 */
@Service
@Transactional
public class CommitteeRemovals {

	private final JdbcClient jdbc;

	CommitteeRemovals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes a published item off its agenda with its sections, files and votes.
	 * @throws IllegalItemMoveException "withdraw-not-published" for an item the public never saw (it is simply edited
	 *     or left as a draft), "withdraw-minutes-out" once the minutes are the record
	 */
	public UUID withdrawItem(UUID id) {
		Row item = lockItem(id);
		if (!item.state().published()) {
			throw new IllegalItemMoveException("withdraw-not-published");
		}
		if (item.state() == ItemState.MINUTES_PUBLISHED) {
			throw new IllegalItemMoveException("withdraw-minutes-out");
		}
		buryItem(item);
		jdbc.sql("delete from agenda_item where id = :id").param("id", id).update();
		return item.meetingId();
	}

	/**
	 * Deletes a meeting with all its items; one whose agenda went out must first be cancelled, so the public saw it
	 * called off before it disappears.
	 * @throws IllegalItemMoveException "delete-not-cancelled" for a published meeting that is not cancelled
	 */
	public UUID deleteMeeting(UUID id) {
		record MeetingRow(UUID committeeId, int municipalityCode, String state, boolean published, OffsetDateTime created) {
		}
		MeetingRow meeting = jdbc.sql("""
				select committee_id, municipality_code, state, agenda_published_at is not null as published, created_at as created
				from committee_meeting where id = :id for update""")
			.param("id", id)
			.query(MeetingRow.class)
			.optional()
			.orElseThrow(CommitteeNotFoundException::new);
		if (meeting.published() && !"CANCELLED".equals(meeting.state())) {
			throw new IllegalItemMoveException("delete-not-cancelled");
		}
		List<UUID> items = jdbc.sql("select id from agenda_item where meeting_id = :id").param("id", id).query(UUID.class).list();
		if (meeting.published()) {
			for (UUID item : items) {
				Row row = lockItem(item);
				if (row.state().published()) {
					buryItem(row);
				}
			}
			tombstone("Meeting", id, meeting.municipalityCode(), meeting.created(), null);
		}
		jdbc.sql("delete from agenda_item where meeting_id = :id").param("id", id).update();
		jdbc.sql("delete from committee_meeting where id = :id").param("id", id).update();
		return meeting.committeeId();
	}

	/** Removes a file from its item, at any stage; the item's page and lists change with it. Returns the item. */
	public UUID removeAttachment(UUID id) {
		record FileRow(UUID itemId, OffsetDateTime created) {
		}
		FileRow file = jdbc.sql("select item_id, created_at as created from agenda_item_attachment where id = :id")
			.param("id", id)
			.query(FileRow.class)
			.optional()
			.orElseThrow(CommitteeNotFoundException::new);
		Row item = lockItem(file.itemId());
		if (item.state().published() && item.open()) {
			tombstone("File", id, item.municipalityCode(), file.created(), item.meetingId());
		}
		jdbc.sql("delete from agenda_item_attachment where id = :id").param("id", id).update();
		jdbc.sql("update agenda_item set updated_at = now() where id = :id").param("id", item.id()).update();
		return item.id();
	}

	/** The item a file belongs to, when the secretary's municipality owns it. */
	@Transactional(readOnly = true)
	public Optional<UUID> itemOfAttachment(UUID id) {
		return jdbc.sql("select item_id from agenda_item_attachment where id = :id").param("id", id).query(UUID.class)
			.optional();
	}

	private void buryItem(Row item) {
		tombstone("AgendaItem", item.id(), item.municipalityCode(), item.created(), item.meetingId());
		if (item.open() && !item.caseNumber().isBlank()) {
			// An open item with its case is also published as OParl's Paper and Consultation (OparlObjects.hasPaper).
			tombstone("Paper", item.id(), item.municipalityCode(), item.created(), item.meetingId());
			tombstone("Consultation", item.id(), item.municipalityCode(), item.created(), item.meetingId());
		}
		if (item.open()) {
			jdbc.sql("""
					insert into oparl_tombstone (object_type, id, municipality_code, created_at, meeting_id)
					select 'File', id, municipality_code, created_at, :meeting from agenda_item_attachment where item_id = :item
					on conflict do nothing""")
				.param("meeting", item.meetingId())
				.param("item", item.id())
				.update();
		}
	}

	private void tombstone(String type, UUID id, int municipality, OffsetDateTime created, UUID meeting) {
		jdbc.sql("""
				insert into oparl_tombstone (object_type, id, municipality_code, created_at, meeting_id)
				values (:type, :id, :code, :created, :meeting) on conflict do nothing""")
			.param("type", type).param("id", id).param("code", municipality).param("created", created)
			.param("meeting", meeting)
			.update();
	}

	private record Row(UUID id, UUID meetingId, int municipalityCode, ItemState state, boolean open, String caseNumber,
			OffsetDateTime created) {
	}

	private Row lockItem(UUID id) {
		return jdbc.sql("""
				select id, meeting_id, municipality_code, state, open, case_number, created_at from agenda_item
				where id = :id for update""")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
					rs.getInt("municipality_code"), ItemState.valueOf(rs.getString("state")), rs.getBoolean("open"),
					rs.getString("case_number"), rs.getObject("created_at", OffsetDateTime.class)))
			.optional()
			.orElseThrow(CommitteeNotFoundException::new);
	}
}
