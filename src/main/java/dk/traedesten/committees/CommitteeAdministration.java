package dk.traedesten.committees;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee secretary's side: the municipality's committees, meetings and items as they are, drafts included,
 * read and changed under row-level security (the own tenant only). Every move of an item goes through
 * {@link ItemWorkflow}; the agenda and the minutes are published for the whole meeting at once.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeAdministration {

	private static final String MEETING = """
			select m.id, m.committee_id, c.name as committee_name, m.municipality_code, m.meets_on, m.starts_at,
			       m.place, m.state, m.agenda_published_at is not null as agenda_published,
			       m.minutes_published_at is not null as minutes_published
			from committee_meeting m join committee c on c.id = m.committee_id""";

	private static final String ITEM = """
			select id, meeting_id, number, title, template, case_number, document_number, case_handler,
			       other_case_handlers, department_codes, dated_on, open, state, decided_as_recommended, decision
			from agenda_item""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CommitteeAdministration(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public List<Committee> committees() {
		return jdbc.sql("select id, municipality_code, name, description from committee order by name")
			.query((rs, n) -> new Committee(rs.getObject("id", UUID.class), rs.getInt("municipality_code"), null,
					rs.getString("name"), rs.getString("description")))
			.list();
	}

	public Optional<Committee> committee(UUID id) {
		return committees().stream().filter(committee -> committee.id().equals(id)).findFirst();
	}

	public List<CommitteeMember> members(UUID committeeId) {
		return members(jdbc, committeeId);
	}

	static List<CommitteeMember> members(JdbcClient jdbc, UUID committeeId) {
		return jdbc.sql("""
				select id, name, party, role, term_starts_on, term_ends_on from committee_member
				where committee_id = :committee and (term_ends_on is null or term_ends_on >= current_date)
				order by case role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 else 2 end, name""")
			.param("committee", committeeId)
			.query((rs, n) -> new CommitteeMember(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("party"), CommitteeMember.MemberRole.valueOf(rs.getString("role")),
					rs.getObject("term_starts_on", LocalDate.class), rs.getObject("term_ends_on", LocalDate.class)))
			.list();
	}

	public List<Meeting> meetings(UUID committeeId) {
		return jdbc.sql(MEETING + " where m.committee_id = :committee order by m.meets_on desc, m.starts_at desc")
			.param("committee", committeeId)
			.query((rs, n) -> CommitteeRows.meeting(rs, rs.getBoolean("agenda_published"),
					rs.getBoolean("minutes_published")))
			.list();
	}

	public Optional<Meeting> meeting(UUID id) {
		return jdbc.sql(MEETING + " where m.id = :id")
			.param("id", id)
			.query((rs, n) -> CommitteeRows.meeting(rs, rs.getBoolean("agenda_published"),
					rs.getBoolean("minutes_published")))
			.optional();
	}

	public List<AgendaItem> items(UUID meetingId) {
		return jdbc.sql(ITEM + " where meeting_id = :meeting order by number")
			.param("meeting", meetingId)
			.query((rs, n) -> CommitteeRows.item(rs, ItemState.valueOf(rs.getString("state"))))
			.list();
	}

	public Optional<AgendaItem> item(UUID id) {
		return jdbc.sql(ITEM + " where id = :id")
			.param("id", id)
			.query((rs, n) -> CommitteeRows.item(rs, ItemState.valueOf(rs.getString("state"))))
			.optional()
			.map(item -> CommitteeRows.complete(jdbc, item, "agenda_item_section", "agenda_item_attachment"));
	}

	public Optional<StoredFile> attachment(UUID id) {
		return jdbc.sql("select file_name, content_type, content from agenda_item_attachment where id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	public List<ItemTemplate> templates() {
		return jdbc.sql("select code, sections from agenda_item_template order by position")
			.query((rs, n) -> new ItemTemplate(rs.getString("code"), CommitteeRows.list(rs.getArray("sections"))
				.stream()
				.map(SectionKind::valueOf)
				.toList()))
			.list();
	}

	/** The municipality's case number format; KLE until it chooses another. */
	public CaseNumberFormat caseNumberFormat() {
		return jdbc.sql("select case_number_format from committee_settings where municipality_code = :code")
			.param("code", municipality())
			.query(String.class)
			.optional()
			.map(CaseNumberFormat::valueOf)
			.orElse(CaseNumberFormat.KLE);
	}

	@Transactional
	public void setCaseNumberFormat(CaseNumberFormat format) {
		jdbc.sql("""
				insert into committee_settings (municipality_code, case_number_format) values (:code, :format)
				on conflict (municipality_code) do update set case_number_format = excluded.case_number_format""")
			.param("code", municipality())
			.param("format", format.name())
			.update();
	}

	@Transactional
	public UUID addCommittee(String name, String description) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into committee (id, municipality_code, name, description) values (:id, :code, :name, :description)")
			.param("id", id).param("code", municipality()).param("name", name).param("description", description)
			.update();
		return id;
	}

	@Transactional
	public void addMember(UUID committeeId, String name, String party, CommitteeMember.MemberRole role,
			LocalDate termStartsOn, LocalDate termEndsOn) {
		committee(committeeId).orElseThrow(CommitteeNotFoundException::new);
		jdbc.sql("""
				insert into committee_member (id, municipality_code, committee_id, name, party, role, term_starts_on, term_ends_on)
				values (:id, :code, :committee, :name, :party, :role, :starts, :ends)""")
			.param("id", UUID.randomUUID()).param("code", municipality()).param("committee", committeeId)
			.param("name", name).param("party", party).param("role", role.name()).param("starts", termStartsOn)
			.param("ends", termEndsOn)
			.update();
	}

	@Transactional
	public UUID addMeeting(UUID committeeId, LocalDate meetsOn, LocalTime startsAt, String place) {
		committee(committeeId).orElseThrow(CommitteeNotFoundException::new);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into committee_meeting (id, municipality_code, committee_id, meets_on, starts_at, place)
				values (:id, :code, :committee, :date, :time, :place)""")
			.param("id", id).param("code", municipality()).param("committee", committeeId).param("date", meetsOn)
			.param("time", startsAt).param("place", place)
			.update();
		return id;
	}

	/** A new draft item from the template, numbered after the meeting's last item, with the template's sections empty. */
	@Transactional
	public UUID addItem(UUID meetingId, String templateCode, String title) {
		Meeting meeting = lockMeeting(meetingId);
		ItemTemplate template = templates().stream()
			.filter(candidate -> candidate.code().equals(templateCode))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown template " + templateCode));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into agenda_item (id, municipality_code, meeting_id, number, title, template)
				values (:id, :code, :meeting, (select coalesce(max(number), 0) + 1 from agenda_item where meeting_id = :meeting),
				        :title, :template)""")
			.param("id", id).param("code", meeting.municipalityCode()).param("meeting", meetingId)
			.param("title", title).param("template", template.code())
			.update();
		int position = 0;
		for (SectionKind kind : template.sections()) {
			insertSection(id, meeting.municipalityCode(), position++, kind, "");
		}
		return id;
	}

	/** Rewrites the item's facts and sections; refused once its agenda is out. */
	@Transactional
	public void updateItem(UUID id, ItemDraft draft) {
		AgendaItem item = lockItem(id);
		if (!item.state().editable()) {
			throw new IllegalItemMoveException("not-editable");
		}
		int code = meeting(item.meetingId()).orElseThrow(CommitteeNotFoundException::new).municipalityCode();
		jdbc.sql("""
				update agenda_item set number = :number, title = :title, case_number = :caseNumber,
				       document_number = :documentNumber, case_handler = :caseHandler, other_case_handlers = :others,
				       department_codes = :departments, dated_on = :datedOn, open = :open, updated_at = now()
				where id = :id""")
			.param("id", id).param("number", draft.number()).param("title", draft.title())
			.param("caseNumber", draft.caseNumber()).param("documentNumber", draft.documentNumber())
			.param("caseHandler", draft.caseHandler())
			.param("others", draft.otherCaseHandlers().toArray(String[]::new))
			.param("departments", draft.departmentCodes().toArray(String[]::new))
			.param("datedOn", draft.datedOn()).param("open", draft.open())
			.update();
		jdbc.sql("delete from agenda_item_section where item_id = :id").param("id", id).update();
		int position = 0;
		for (Section section : draft.sections()) {
			insertSection(id, code, position++, section.kind(), section.body());
		}
	}

	@Transactional
	public void markReady(UUID id) {
		move(id, ItemAction.MARK_READY);
	}

	@Transactional
	public void reopen(UUID id) {
		move(id, ItemAction.REOPEN_DRAFT);
	}

	/** Records the decision and the vote on it together, so the minutes never hold one without the other. */
	@Transactional
	public void decide(UUID id, Decision decision, Voting voting) {
		decide(id, decision);
		recordVoting(id, voting);
	}

	/** Records (or corrects, until the minutes are out) the committee's decision on a published item. */
	@Transactional
	public void decide(UUID id, Decision decision) {
		ItemState next = ItemWorkflow.apply(lockItem(id).state(), ItemAction.DECIDE);
		jdbc.sql("""
				update agenda_item set state = :state, decided_as_recommended = :asRecommended, decision = :text,
				       updated_at = now() where id = :id""")
			.param("id", id).param("state", next.name()).param("asRecommended", decision.asRecommended())
			.param("text", decision.amendedText())
			.update();
	}

	/**
	 * Records the vote on a decided item and the minority's note, replacing any earlier record; until the minutes
	 * are out, like the decision itself.
	 * @throws IllegalItemMoveException when the item is not decided, or its minutes are already published
	 */
	@Transactional
	public void recordVoting(UUID id, Voting voting) {
		AgendaItem item = lockItem(id);
		if (item.state() != ItemState.DECIDED) {
			throw new IllegalItemMoveException("vote-not-decided");
		}
		jdbc.sql("delete from agenda_item_vote where item_id = :id").param("id", id).update();
		int position = 0;
		for (Vote vote : voting.votes()) {
			jdbc.sql("""
					insert into agenda_item_vote (id, municipality_code, item_id, position, voter, seats, choice)
					select :vote, municipality_code, id, :position, :voter, :seats, :choice from agenda_item where id = :id""")
				.param("vote", UUID.randomUUID()).param("position", ++position).param("voter", vote.voter())
				.param("seats", vote.seats()).param("choice", vote.choice().name()).param("id", id)
				.update();
		}
		jdbc.sql("update agenda_item set minority_note = :note, updated_at = now() where id = :id")
			.param("note", voting.minorityNote()).param("id", id).update();
	}

	/** The vote recorded on an item, as the secretary sees it. */
	@Transactional(readOnly = true)
	public Voting voting(UUID id) {
		return voting(jdbc, "agenda_item_vote", "agenda_item", id);
	}

	static Voting voting(JdbcClient jdbc, String votes, String items, UUID id) {
		List<Vote> cast = jdbc.sql("select voter, seats, choice from " + votes + " where item_id = :id order by position")
			.param("id", id)
			.query((rs, n) -> new Vote(rs.getString("voter"), rs.getInt("seats"), VoteChoice.valueOf(rs.getString("choice"))))
			.list();
		String note = jdbc.sql("select minority_note from " + items + " where id = :id").param("id", id)
			.query(String.class).optional().orElse("");
		return new Voting(cast, note);
	}

	/** Publishes the ready items as the agenda and invites the members; drafts stay unpublished. */
	@Transactional
	public int publishAgenda(UUID meetingId) {
		Meeting meeting = lockMeeting(meetingId);
		ItemWorkflow.agendaRefusal(meeting.state(), states(meetingId)).ifPresent(reason -> {
			throw new IllegalItemMoveException(reason);
		});
		int published = jdbc.sql("""
				update agenda_item set state = 'AGENDA_PUBLISHED', updated_at = now()
				where meeting_id = :meeting and state = 'READY'""").param("meeting", meetingId).update();
		jdbc.sql("""
				update committee_meeting set agenda_published_at = coalesce(agenda_published_at, now()),
				       state = case when state = 'PLANNED' then 'INVITED' else state end
				where id = :meeting""").param("meeting", meetingId).update();
		events.publishEvent(new MeetingPublished(meetingId, meeting.committeeId(), meeting.municipalityCode(),
				MeetingPublished.Publication.AGENDA));
		return published;
	}

	/** Publishes the decisions as the minutes; the meeting is then held. */
	@Transactional
	public void publishMinutes(UUID meetingId) {
		Meeting meeting = lockMeeting(meetingId);
		ItemWorkflow.minutesRefusal(meeting.state(), states(meetingId)).ifPresent(reason -> {
			throw new IllegalItemMoveException(reason);
		});
		jdbc.sql("""
				update agenda_item set state = 'MINUTES_PUBLISHED', updated_at = now()
				where meeting_id = :meeting and state = 'DECIDED'""").param("meeting", meetingId).update();
		jdbc.sql("""
				update committee_meeting set minutes_published_at = now(), state = 'HELD' where id = :meeting""")
			.param("meeting", meetingId)
			.update();
		events.publishEvent(new MeetingPublished(meetingId, meeting.committeeId(), meeting.municipalityCode(),
				MeetingPublished.Publication.MINUTES));
	}

	@Transactional
	public void cancel(UUID meetingId) {
		Meeting meeting = lockMeeting(meetingId);
		if (meeting.minutesPublished() || meeting.state() == MeetingState.HELD) {
			throw new IllegalItemMoveException("meeting-closed");
		}
		jdbc.sql("update committee_meeting set state = 'CANCELLED' where id = :id").param("id", meetingId).update();
	}

	@Transactional
	public UUID addAttachment(UUID itemId, String fileName, String contentType, byte[] content) {
		AgendaItem item = lockItem(itemId);
		if (!item.state().editable()) {
			throw new IllegalItemMoveException("not-editable");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into agenda_item_attachment (id, municipality_code, item_id, file_name, content_type, size_bytes, content)
				values (:id, (select municipality_code from agenda_item where id = :item), :item, :name, :type, :size, :content)""")
			.param("id", id).param("item", itemId).param("name", fileName).param("type", contentType)
			.param("size", content.length).param("content", content)
			.update();
		return id;
	}

	private void move(UUID id, ItemAction action) {
		ItemState next = ItemWorkflow.apply(lockItem(id).state(), action);
		jdbc.sql("update agenda_item set state = :state, updated_at = now() where id = :id")
			.param("id", id).param("state", next.name())
			.update();
	}

	private List<ItemState> states(UUID meetingId) {
		return jdbc.sql("select state from agenda_item where meeting_id = :meeting")
			.param("meeting", meetingId)
			.query((rs, n) -> ItemState.valueOf(rs.getString("state")))
			.list();
	}

	private Meeting lockMeeting(UUID id) {
		jdbc.sql("select id from committee_meeting where id = :id for update").param("id", id).query(UUID.class)
			.optional().orElseThrow(CommitteeNotFoundException::new);
		return meeting(id).orElseThrow(CommitteeNotFoundException::new);
	}

	private AgendaItem lockItem(UUID id) {
		jdbc.sql("select id from agenda_item where id = :id for update").param("id", id).query(UUID.class)
			.optional().orElseThrow(CommitteeNotFoundException::new);
		return item(id).orElseThrow(CommitteeNotFoundException::new);
	}

	private void insertSection(UUID item, int code, int position, SectionKind kind, String body) {
		jdbc.sql("""
				insert into agenda_item_section (id, municipality_code, item_id, position, kind, body)
				values (:id, :code, :item, :position, :kind, :body)""")
			.param("id", UUID.randomUUID()).param("code", code).param("item", item).param("position", position)
			.param("kind", kind.name()).param("body", body)
			.update();
	}

	private static int municipality() {
		Integer code = TenantScope.current().municipalityCode();
		if (code == null) {
			throw new IllegalStateException("committees are kept per municipality; no municipality in scope");
		}
		return code;
	}
}
