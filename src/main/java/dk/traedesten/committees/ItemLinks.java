package dk.traedesten.committees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links from agenda items to what they decided in other modules (a trial, the strategy, a call's selection),
 * under the tenant's row-level security. Other modules ask {@link #treatedIn} for their pages; the targets
 * themselves come from the modules' {@link LinkTargets} (decision 0017).
 */
@Service
@Transactional(readOnly = true)
public class ItemLinks {

	/** One link of an item, with the target as its module names it (empty when it no longer exists). */
	public record ItemLink(UUID id, LinkKind kind, UUID targetId, Optional<LinkTargets.LinkTarget> target) {
	}

	private final JdbcClient jdbc;

	private final List<LinkTargets> sources;

	ItemLinks(JdbcClient jdbc, List<LinkTargets> sources) {
		this.jdbc = jdbc;
		this.sources = sources;
	}

	/** What the secretary may link an item to, from every module that offers targets. */
	public List<LinkTargets.LinkTarget> choices() {
		return sources.stream().flatMap(source -> source.choices().stream()).toList();
	}

	public List<ItemLink> of(UUID itemId) {
		return jdbc.sql("select id, kind, target_id from agenda_item_link where item_id = :item order by kind, created_at")
			.param("item", itemId)
			.query((rs, n) -> {
				LinkKind kind = LinkKind.valueOf(rs.getString("kind"));
				UUID target = rs.getObject("target_id", UUID.class);
				return new ItemLink(rs.getObject("id", UUID.class), kind, target, target(kind, target));
			})
			.list();
	}

	/** The items that treated this target, oldest meeting first. */
	public List<TreatedIn> treatedIn(LinkKind kind, UUID targetId) {
		return jdbc.sql("""
				select i.id, c.name, m.meets_on, i.number, i.title,
				       i.state in ('AGENDA_PUBLISHED', 'DECIDED', 'MINUTES_PUBLISHED') and m.agenda_published_at is not null as published
				from agenda_item_link l
				join agenda_item i on i.id = l.item_id
				join committee_meeting m on m.id = i.meeting_id
				join committee c on c.id = m.committee_id
				where l.kind = :kind and l.target_id = :target
				order by m.meets_on, i.number""")
			.param("kind", kind.name()).param("target", targetId)
			.query((rs, n) -> new TreatedIn(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("meets_on", LocalDate.class), rs.getInt("number"), rs.getString("title"),
					rs.getBoolean("published")))
			.list();
	}

	/**
	 * Links the item to a target a module offers; linking twice is harmless.
	 * @throws CommitteeNotFoundException when the item or the target is not found
	 */
	@Transactional
	public void link(UUID itemId, LinkKind kind, UUID targetId) {
		target(kind, targetId).orElseThrow(CommitteeNotFoundException::new);
		int made = jdbc.sql("""
				insert into agenda_item_link (id, municipality_code, item_id, kind, target_id)
				select :id, municipality_code, id, :kind, :target from agenda_item where id = :item
				on conflict (item_id, kind, target_id) do nothing""")
			.param("id", UUID.randomUUID()).param("item", itemId).param("kind", kind.name()).param("target", targetId)
			.update();
		if (made == 0 && jdbc.sql("select count(*) from agenda_item where id = :item").param("item", itemId)
			.query(Integer.class).single() == 0) {
			throw new CommitteeNotFoundException();
		}
	}

	@Transactional
	public void unlink(UUID itemId, UUID linkId) {
		if (jdbc.sql("delete from agenda_item_link where id = :id and item_id = :item")
			.param("id", linkId).param("item", itemId).update() == 0) {
			throw new CommitteeNotFoundException();
		}
	}

	Optional<LinkTargets.LinkTarget> target(LinkKind kind, UUID id) {
		return sources.stream()
			.filter(source -> source.kinds().contains(kind))
			.map(source -> source.target(kind, id))
			.flatMap(Optional::stream)
			.findFirst();
	}
}
