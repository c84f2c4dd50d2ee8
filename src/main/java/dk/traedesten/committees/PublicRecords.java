package dk.traedesten.committees;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published committee records as open data (OParl, iCal): the same rows {@link PublicAgendas} shows, per
 * municipality and with when they were made and last changed. Like {@link PublicAgendas} each transaction declares
 * the public audience and reads the {@code public_*} views; the tables are joined only for their time stamps, which
 * the views leave out, and the join to the view keeps every unpublished row away.
 */
@Service
@Transactional(readOnly = true)
public class PublicRecords {

	private static final String COMMITTEE = """
			select c.id, c.municipality_code, c.name, c.description, c.created_at from committee c
			where (cast(:code as integer) is null or c.municipality_code = :code)
			  and (cast(:id as uuid) is null or c.id = :id)
			order by c.municipality_code, c.name""";

	private static final String MEMBER = """
			select p.id, p.committee_id, p.municipality_code, p.name, p.party, p.role, p.term_starts_on, p.term_ends_on
			from committee_member p
			where (cast(:code as integer) is null or p.municipality_code = :code)
			  and (cast(:id as uuid) is null or p.id = :id)
			order by p.name, p.id""";

	// A meeting changes when it is made, its agenda or minutes go out, or one of its published items changes.
	private static final String MEETING = """
			select m.id, m.committee_id, m.municipality_code, m.meets_on, m.starts_at, m.place, m.state,
			       m.minutes_published, t.created_at,
			       greatest(t.created_at, t.agenda_published_at, t.minutes_published_at,
			                (select max(u.updated_at) from public_agenda_item i join agenda_item u on u.id = i.id
			                 where i.meeting_id = m.id),
			                (select max(d.deleted_at) from oparl_tombstone d where d.meeting_id = m.id)) as modified_at
			from public_meeting m join committee_meeting t on t.id = m.id
			where (cast(:code as integer) is null or m.municipality_code = :code)
			  and (cast(:committee as uuid) is null or m.committee_id = :committee)
			  and (cast(:id as uuid) is null or m.id = :id)""";

	private static final String ITEM = """
			select i.id, i.meeting_id, pm.committee_id, i.municipality_code, i.number, i.title, i.open, i.case_number,
			       i.decided_as_recommended, i.decision, pm.meets_on, pm.minutes_published, u.created_at,
			       greatest(u.updated_at, t.agenda_published_at, t.minutes_published_at) as modified_at
			from public_agenda_item i
			join public_meeting pm on pm.id = i.meeting_id
			join committee_meeting t on t.id = i.meeting_id
			join agenda_item u on u.id = i.id
			where (cast(:code as integer) is null or i.municipality_code = :code)
			  and (cast(:id as uuid) is null or i.id = :id)""";

	// Files are public only on open items, which the policy of agenda_item_attachment and the join both ensure.
	private static final String FILE = """
			select a.id, a.item_id, i.meeting_id, i.municipality_code, a.file_name, a.content_type, a.size_bytes,
			       a.created_at
			from agenda_item_attachment a join public_agenda_item i on i.id = a.item_id and i.open
			where (cast(:code as integer) is null or i.municipality_code = :code)
			  and (cast(:id as uuid) is null or a.id = :id)""";

	private final JdbcClient jdbc;

	PublicRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A committee as published, with when it was made. */
	public record PublicCommittee(UUID id, int municipalityCode, String name, String description,
			OffsetDateTime created) {
	}

	/** A member's seat on a committee; the data model keeps no time stamps for it. */
	public record PublicMember(UUID id, UUID committeeId, int municipalityCode, String name, String party,
			CommitteeMember.MemberRole role, LocalDate termStartsOn, LocalDate termEndsOn) {
	}

	public record PublicMeeting(UUID id, UUID committeeId, int municipalityCode, LocalDate meetsOn, LocalTime startsAt,
			String place, MeetingState state, boolean minutesPublished, OffsetDateTime created,
			OffsetDateTime modified) {
	}

	/** An item as published: a closed item has no case number, and the decision shows once the minutes are out. */
	public record PublicItem(UUID id, UUID meetingId, UUID committeeId, int municipalityCode, int number, String title,
			boolean open, String caseNumber, Decision decision, LocalDate meetsOn, OffsetDateTime created,
			OffsetDateTime modified) {
	}

	public record PublicFile(UUID id, UUID itemId, UUID meetingId, int municipalityCode, String fileName,
			String contentType, int sizeBytes, OffsetDateTime created) {
	}

	/** What is left of a removed public object: its OParl type, id and when it went (decision 0018). */
	public record Tombstone(String type, UUID id, int municipalityCode, OffsetDateTime created, OffsetDateTime deleted) {
	}

	/** The municipality's tombstones of one OParl type removed after {@code since}, oldest first. */
	public List<Tombstone> tombstones(int municipality, String type, OffsetDateTime since) {
		return tombstones(municipality, type, null, since);
	}

	public Optional<Tombstone> tombstone(String type, UUID id) {
		return tombstones(null, type, id, null).stream().findFirst();
	}

	/** The municipalities that have at least one committee, in code order. */
	public List<Integer> municipalities() {
		PublicAgendas.declareAudience(jdbc);
		return jdbc.sql("select distinct municipality_code from committee order by municipality_code")
			.query(Integer.class)
			.list();
	}

	public List<PublicCommittee> committees(int municipality) {
		return committees(municipality, null);
	}

	public Optional<PublicCommittee> committee(UUID id) {
		return committees(null, id).stream().findFirst();
	}

	public List<PublicMember> members(int municipality) {
		return members(municipality, null);
	}

	public Optional<PublicMember> member(UUID id) {
		return members(null, id).stream().findFirst();
	}

	/** The municipality's published meetings changed after {@code since} (all when null), oldest first. */
	public List<PublicMeeting> meetings(int municipality, OffsetDateTime since) {
		return meetings(municipality, null, null, since, "meets_on, starts_at, id");
	}

	/** One committee's published meetings, newest first. */
	public List<PublicMeeting> meetingsOf(UUID committeeId) {
		return meetings(null, committeeId, null, null, "meets_on desc, starts_at desc");
	}

	public Optional<PublicMeeting> meeting(UUID id) {
		return meetings(null, null, id, null, "id").stream().findFirst();
	}

	public List<PublicItem> items(int municipality, OffsetDateTime since) {
		return items(municipality, null, since);
	}

	public Optional<PublicItem> item(UUID id) {
		return items(null, id, null).stream().findFirst();
	}

	public List<PublicFile> files(int municipality, OffsetDateTime since) {
		return files(municipality, null, since);
	}

	public Optional<PublicFile> file(UUID id) {
		return files(null, id, null).stream().findFirst();
	}

	private List<Tombstone> tombstones(Integer municipality, String type, UUID id, OffsetDateTime since) {
		PublicAgendas.declareAudience(jdbc);
		return jdbc.sql("""
				select object_type, id, municipality_code, created_at, deleted_at from oparl_tombstone
				where object_type = :type
				  and (cast(:code as integer) is null or municipality_code = :code)
				  and (cast(:id as uuid) is null or id = :id)
				  and (cast(:since as timestamptz) is null or deleted_at > :since)
				order by deleted_at, id""")
			.param("type", type)
			.param("code", municipality)
			.param("id", id)
			.param("since", since)
			.query((rs, n) -> new Tombstone(rs.getString("object_type"), rs.getObject("id", UUID.class),
					rs.getInt("municipality_code"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("deleted_at", OffsetDateTime.class)))
			.list();
	}

	private List<PublicCommittee> committees(Integer municipality, UUID id) {
		PublicAgendas.declareAudience(jdbc);
		return jdbc.sql(COMMITTEE)
			.param("code", municipality)
			.param("id", id)
			.query((rs, n) -> new PublicCommittee(rs.getObject("id", UUID.class), rs.getInt("municipality_code"),
					rs.getString("name"), rs.getString("description"), rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	private List<PublicMember> members(Integer municipality, UUID id) {
		PublicAgendas.declareAudience(jdbc);
		return jdbc.sql(MEMBER)
			.param("code", municipality)
			.param("id", id)
			.query((rs, n) -> new PublicMember(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
					rs.getInt("municipality_code"), rs.getString("name"), rs.getString("party"),
					CommitteeMember.MemberRole.valueOf(rs.getString("role")),
					rs.getObject("term_starts_on", LocalDate.class), rs.getObject("term_ends_on", LocalDate.class)))
			.list();
	}

	private List<PublicMeeting> meetings(Integer municipality, UUID committee, UUID id, OffsetDateTime since,
			String order) {
		PublicAgendas.declareAudience(jdbc);
		return jdbc.sql("select * from (" + MEETING + ") m where (cast(:since as timestamptz) is null or modified_at > :since)"
				+ " order by " + order)
			.param("code", municipality)
			.param("committee", committee)
			.param("id", id)
			.param("since", since)
			.query((rs, n) -> new PublicMeeting(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
					rs.getInt("municipality_code"), rs.getObject("meets_on", LocalDate.class),
					rs.getObject("starts_at", LocalTime.class), rs.getString("place"),
					MeetingState.valueOf(rs.getString("state")), rs.getBoolean("minutes_published"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("modified_at", OffsetDateTime.class)))
			.list();
	}

	private List<PublicItem> items(Integer municipality, UUID id, OffsetDateTime since) {
		PublicAgendas.declareAudience(jdbc);
		return jdbc.sql("select * from (" + ITEM + ") i where (cast(:since as timestamptz) is null or modified_at > :since)"
				+ " order by meets_on, meeting_id, number")
			.param("code", municipality)
			.param("id", id)
			.param("since", since)
			.query((rs, n) -> {
				Object asRecommended = rs.getObject("decided_as_recommended");
				Decision decision = asRecommended == null ? null
						: (Boolean) asRecommended ? Decision.recommended() : Decision.amended(rs.getString("decision"));
				return new PublicItem(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
						rs.getObject("committee_id", UUID.class), rs.getInt("municipality_code"), rs.getInt("number"),
						rs.getString("title"), rs.getBoolean("open"), rs.getString("case_number"), decision,
						rs.getObject("meets_on", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class),
						rs.getObject("modified_at", OffsetDateTime.class));
			})
			.list();
	}

	private List<PublicFile> files(Integer municipality, UUID id, OffsetDateTime since) {
		PublicAgendas.declareAudience(jdbc);
		return jdbc.sql("select * from (" + FILE + ") f where (cast(:since as timestamptz) is null or created_at > :since)"
				+ " order by created_at, id")
			.param("code", municipality)
			.param("id", id)
			.param("since", since)
			.query((rs, n) -> new PublicFile(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getObject("meeting_id", UUID.class), rs.getInt("municipality_code"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size_bytes"), rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}
}
