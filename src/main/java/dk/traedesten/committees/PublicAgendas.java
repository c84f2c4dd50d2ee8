package dk.traedesten.committees;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.organisation.Municipality;
import dk.traedesten.organisation.OrganisationDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read without signing in: every municipality's committees and members, the meetings whose agenda is
 * published, their items (a closed item by number and title only) and, once the minutes are out, the decisions.
 * Each transaction declares the public audience first, which the row-level security policies of V016 let through
 * for published rows only; it then reads the {@code public_*} views alone (decision 0010).
 */
@Service
@Transactional(readOnly = true)
public class PublicAgendas {

	private static final String MEETING = """
			select m.id, m.committee_id, c.name as committee_name, m.municipality_code, m.meets_on, m.starts_at,
			       m.place, m.state, m.minutes_published
			from public_meeting m join committee c on c.id = m.committee_id""";

	private static final String ITEM = """
			select id, meeting_id, number, title, template, case_number, document_number, case_handler,
			       other_case_handlers, department_codes, dated_on, open, decided_as_recommended, decision,
			       minutes_published
			from (select i.*, pm.minutes_published from public_agenda_item i
			      join public_meeting pm on pm.id = i.meeting_id) i""";

	private final JdbcClient jdbc;

	private final OrganisationDirectory directory;

	PublicAgendas(JdbcClient jdbc, OrganisationDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	public List<Committee> committees() {
		audience();
		return jdbc.sql("select id, municipality_code, name, description from committee order by municipality_code, name")
			.query((rs, n) -> committee(rs.getObject("id", UUID.class), rs.getInt("municipality_code"),
					rs.getString("name"), rs.getString("description")))
			.list();
	}

	public Optional<Committee> committee(UUID id) {
		audience();
		return jdbc.sql("select id, municipality_code, name, description from committee where id = :id")
			.param("id", id)
			.query((rs, n) -> committee(rs.getObject("id", UUID.class), rs.getInt("municipality_code"),
					rs.getString("name"), rs.getString("description")))
			.optional();
	}

	/** The members whose term has not ended, chair first. */
	/** The vote on an open item whose minutes are published; empty otherwise (public_agenda_item_vote, V029). */
	public Voting voting(UUID itemId) {
		audience();
		return CommitteeAdministration.voting(jdbc, "public_agenda_item_vote", "public_agenda_item", itemId);
	}

	public List<CommitteeMember> members(UUID committeeId) {
		audience();
		return CommitteeAdministration.members(jdbc, committeeId);
	}

	public List<Meeting> meetings(UUID committeeId) {
		audience();
		return jdbc.sql(MEETING + " where m.committee_id = :committee order by m.meets_on desc, m.starts_at desc")
			.param("committee", committeeId)
			.query((rs, n) -> CommitteeRows.meeting(rs, true, rs.getBoolean("minutes_published")))
			.list();
	}

	public Optional<Meeting> meeting(UUID id) {
		audience();
		return jdbc.sql(MEETING + " where m.id = :id")
			.param("id", id)
			.query((rs, n) -> CommitteeRows.meeting(rs, true, rs.getBoolean("minutes_published")))
			.optional();
	}

	/** The meeting's published items in order, without their texts. */
	public List<AgendaItem> items(UUID meetingId) {
		audience();
		return jdbc.sql(ITEM + " where meeting_id = :meeting order by number")
			.param("meeting", meetingId)
			.query((rs, n) -> CommitteeRows.item(rs, publicState(rs.getBoolean("minutes_published"))))
			.list();
	}

	/** One published item with its sections and files; a closed item has neither. */
	public Optional<AgendaItem> item(UUID id) {
		audience();
		return jdbc.sql(ITEM + " where id = :id")
			.param("id", id)
			.query((rs, n) -> CommitteeRows.item(rs, publicState(rs.getBoolean("minutes_published"))))
			.optional()
			.map(item -> CommitteeRows.complete(jdbc, item, "public_agenda_item_section",
					item.open() ? "agenda_item_attachment" : null));
	}

	/** A file of an open, published item; nothing for any other. */
	public Optional<StoredFile> attachment(UUID id) {
		audience();
		return jdbc.sql("""
				select a.file_name, a.content_type, a.content from agenda_item_attachment a
				join public_agenda_item i on i.id = a.item_id and i.open
				where a.id = :id""")
			.param("id", id)
			.query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
	}

	/** Published items matching the words in Danish full text (stems: "møder" finds "mødet"), newest first. */
	public List<SearchHit> search(String words, int limit) {
		audience();
		if (words == null || words.isBlank()) {
			return List.of();
		}
		return jdbc.sql("""
				select i.id, i.number, i.title, i.open, m.id as meeting_id, m.meets_on, c.name as committee_name,
				       c.municipality_code
				from public_agenda_item_text t
				join public_agenda_item i on i.id = t.id
				join public_meeting m on m.id = i.meeting_id
				join committee c on c.id = m.committee_id
				where t.document @@ websearch_to_tsquery('danish', :words)
				order by ts_rank(t.document, websearch_to_tsquery('danish', :words)) desc, m.meets_on desc, i.number
				limit :limit""")
			.param("words", words.strip())
			.param("limit", limit)
			.query((rs, n) -> new SearchHit(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("title"),
					rs.getBoolean("open"), rs.getObject("meeting_id", UUID.class),
					rs.getObject("meets_on", java.time.LocalDate.class), rs.getString("committee_name"),
					municipalityName(rs.getInt("municipality_code"))))
			.list();
	}

	/** The meeting's open published items that the words find, in agenda order: what a saved search is told of. */
	public List<AgendaItem> openItemsMatching(UUID meetingId, String words) {
		audience();
		if (words == null || words.isBlank()) {
			return List.of();
		}
		return jdbc.sql(ITEM + """
				 where meeting_id = :meeting and open
				   and id in (select t.id from public_agenda_item_text t where t.document @@ websearch_to_tsquery('danish', :words))
				 order by number""")
			.param("meeting", meetingId)
			.param("words", words.strip())
			.query((rs, n) -> CommitteeRows.item(rs, publicState(rs.getBoolean("minutes_published"))))
			.list();
	}

	/** A published item found by the search, with what the result list shows of its meeting. */
	public record SearchHit(UUID itemId, int number, String title, boolean open, UUID meetingId,
			java.time.LocalDate meetsOn, String committeeName, String municipalityName) {
	}

	private void audience() {
		declareAudience(jdbc);
	}

	/** Opens the public audience for the rest of the caller's read-only transaction (decision 0010). */
	static void declareAudience(JdbcClient jdbc) {
		// Transaction-local (the third argument): it ends with this read and never reaches the next borrower.
		jdbc.sql("select set_config('traedesten.audience', 'public', true)").query(String.class).single();
	}

	private static ItemState publicState(boolean minutesPublished) {
		// Between agenda and minutes the public sees the agenda only: a decision taken is not out until the minutes are.
		return minutesPublished ? ItemState.MINUTES_PUBLISHED : ItemState.AGENDA_PUBLISHED;
	}

	private Committee committee(UUID id, int code, String name, String description) {
		return new Committee(id, code, municipalityName(code), name, description);
	}

	private String municipalityName(int code) {
		return directory.municipality(code).map(Municipality::name).orElse(String.valueOf(code));
	}
}
