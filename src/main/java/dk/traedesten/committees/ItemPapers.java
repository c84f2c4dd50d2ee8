package dk.traedesten.committees;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The several cases (papers) an agenda item treats. The secretary adds and removes them while the item may still be
 * edited, each case number in the municipality's {@link CaseNumberFormat}; the public, and OParl as Paper objects,
 * read them of an open item on a published agenda only, through {@code public_agenda_item_paper} (V033).
 */
@Service
@Transactional(readOnly = true)
public class ItemPapers {

	private static final String PUBLIC_PAPER = """
			select p.id, p.item_id, p.meeting_id, pm.committee_id, p.municipality_code, p.case_number, p.title,
			       pm.meets_on, p.created_at,
			       greatest(p.created_at, t.agenda_published_at, t.minutes_published_at) as modified_at
			from public_agenda_item_paper p
			join public_meeting pm on pm.id = p.meeting_id
			join committee_meeting t on t.id = p.meeting_id
			where (cast(:code as integer) is null or p.municipality_code = :code)
			  and (cast(:id as uuid) is null or p.id = :id)
			  and (cast(:item as uuid) is null or p.item_id = :item)""";

	/** A paper as published, with the meeting that treats it and its time stamps, for OParl. */
	public record PublicPaper(UUID id, UUID itemId, UUID meetingId, UUID committeeId, int municipalityCode,
			String caseNumber, String title, LocalDate meetsOn, OffsetDateTime created, OffsetDateTime modified) {
	}

	private final JdbcClient jdbc;

	ItemPapers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The item's papers in order, as the secretary sees them. */
	public List<Paper> of(UUID itemId) {
		return read("agenda_item_paper", itemId);
	}

	/** The papers of an open, published item; none for any other. */
	public List<Paper> published(UUID itemId) {
		PublicAgendas.declareAudience(jdbc);
		return read("public_agenda_item_paper", itemId);
	}

	/**
	 * Adds a paper after the item's others.
	 * @throws IllegalItemMoveException "not-editable" once the agenda is out, "paper-taken" for a case already on it
	 */
	@Transactional
	public UUID add(UUID itemId, String caseNumber, String title) {
		editable(itemId);
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into agenda_item_paper (id, municipality_code, item_id, position, case_number, title)
					select :id, municipality_code, id,
					       (select coalesce(max(position), 0) + 1 from agenda_item_paper where item_id = :item),
					       :caseNumber, :title
					from agenda_item where id = :item""")
				.param("id", id).param("item", itemId).param("caseNumber", caseNumber.strip())
				.param("title", title.strip())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalItemMoveException("paper-taken");
		}
		return id;
	}

	/** Removes a paper from an item that may still be edited; a paper of another item is not found. */
	@Transactional
	public void remove(UUID itemId, UUID paperId) {
		editable(itemId);
		if (jdbc.sql("delete from agenda_item_paper where id = :id and item_id = :item")
			.param("id", paperId).param("item", itemId).update() == 0) {
			throw new CommitteeNotFoundException();
		}
	}

	public List<PublicPaper> publicPapers(int municipality, OffsetDateTime since) {
		return publicPapers(municipality, null, null).stream()
			.filter(p -> since == null || p.modified().isAfter(since))
			.toList();
	}

	public List<PublicPaper> publicPapersOf(UUID itemId) {
		return publicPapers(null, null, itemId);
	}

	public Optional<PublicPaper> publicPaper(UUID id) {
		return publicPapers(null, id, null).stream().findFirst();
	}

	private List<PublicPaper> publicPapers(Integer municipality, UUID id, UUID item) {
		PublicAgendas.declareAudience(jdbc);
		return jdbc.sql(PUBLIC_PAPER + " order by pm.meets_on, p.meeting_id, p.item_id, p.position")
			.param("code", municipality).param("id", id).param("item", item)
			.query((rs, n) -> new PublicPaper(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getObject("meeting_id", UUID.class), rs.getObject("committee_id", UUID.class),
					rs.getInt("municipality_code"), rs.getString("case_number"), rs.getString("title"),
					rs.getObject("meets_on", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("modified_at", OffsetDateTime.class)))
			.list();
	}

	private List<Paper> read(String relation, UUID itemId) {
		return jdbc.sql("select id, item_id, case_number, title from " + relation + " where item_id = :item order by position")
			.param("item", itemId)
			.query((rs, n) -> new Paper(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getString("case_number"), rs.getString("title")))
			.list();
	}

	private void editable(UUID itemId) {
		String state = jdbc.sql("select state from agenda_item where id = :id for update")
			.param("id", itemId)
			.query(String.class)
			.optional()
			.orElseThrow(CommitteeNotFoundException::new);
		if (!ItemState.valueOf(state).editable()) {
			throw new IllegalItemMoveException("not-editable");
		}
	}
}
