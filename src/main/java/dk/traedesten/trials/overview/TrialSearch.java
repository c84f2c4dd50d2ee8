package dk.traedesten.trials.overview;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dk.traedesten.trials.TrialState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the trials the viewer may read (issue 4, item 10). Text is matched two ways: Danish full-text search,
 * where every word may be the start of a word and words are stemmed ("venskaber" finds "venskab"), and a plain
 * substring match for what the Danish parser splits or misses ("co-teach", the middle of a word). Both use the
 * indexes of V012, and visibility is part of the query, so counts and pages never include a trial the viewer
 * may not see. The text and unit-kind conditions go through the functions of V012, because row-level security keeps
 * the planner from using their indexes directly.
 */
@Service
@Transactional(readOnly = true)
public class TrialSearch {

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final String LIFECYCLE_ORDER = Arrays.stream(TrialState.values())
		.map(state -> "'" + state.name() + "'")
		.collect(Collectors.joining(", ", "array_position(array[", "]::text[], t.state)"));

	private static final String WHERE = """
			where %s
			  and (cast(:text as text) is null
			       or t.id in (select m.id from trial_text_matches(to_tsquery('danish', :tsquery), :like) as m (id)))
			  and (cast(:state as text) is null or t.state = :state)
			  and (cast(:call as uuid) is null or t.call_id = :call)
			  and (cast(:unit as uuid) is null
			       or exists (select 1 from trial_unit fu where fu.trial_id = t.id and fu.unit_id = :unit))
			  and (cast(:kind as text) is null or t.id in (select k.id from trial_unit_kind_matches(:kind) as k (id)))
			  and (cast(:outcome as text) is null
			       or exists (select 1 from trial_measure fm where fm.trial_id = t.id and fm.outcome = :outcome))
			  and (cast(:ageFrom as integer) is null or (t.age_from <= :ageTo and t.age_to >= :ageFrom))
			""".formatted(TrialVisibility.PREDICATE);

	private final JdbcClient jdbc;

	TrialSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public SearchResult search(Viewer viewer, TrialSearchCriteria criteria) {
		int total = bind(jdbc.sql("select count(*) from trial t " + WHERE), viewer, criteria).query(Integer.class)
			.single();
		List<TrialHit> hits = bind(jdbc.sql(TrialOverviews.HIT_COLUMNS + WHERE + " order by " + order(criteria) + " limit :limit offset :offset"), viewer, criteria)
			.param("limit", TrialSearchCriteria.PAGE_SIZE)
			.param("offset", (criteria.page() - 1) * TrialSearchCriteria.PAGE_SIZE)
			.query(TrialHit.class)
			.list();
		return new SearchResult(hits, total, criteria.page(), TrialSearchCriteria.PAGE_SIZE);
	}

	/** The plan PostgreSQL chooses for the search, for the test that checks the indexes are used. */
	List<String> explain(Viewer viewer, TrialSearchCriteria criteria) {
		return bind(jdbc.sql("explain select t.id from trial t " + WHERE), viewer, criteria).query(String.class).list();
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Viewer viewer, TrialSearchCriteria criteria) {
		return sql.param("viewer", viewer.personId())
			.param("seesSubmitted", viewer.seesSubmitted())
			.param("seesInReview", viewer.seesInReview())
			.param("text", criteria.text())
			.param("tsquery", prefixQuery(criteria.text()))
			.param("like", criteria.text() == null ? null : "%" + escapeLike(criteria.text()) + "%")
			.param("state", criteria.state() == null ? null : criteria.state().name())
			.param("call", criteria.callId())
			.param("unit", criteria.unitId())
			.param("kind", criteria.unitKind() == null ? null : criteria.unitKind().name())
			.param("outcome", criteria.outcome() == null ? null : criteria.outcome().name())
			.param("ageFrom", criteria.ageGroup() == null ? null : criteria.ageGroup().from())
			.param("ageTo", criteria.ageGroup() == null ? null : criteria.ageGroup().to());
	}

	private static String order(TrialSearchCriteria criteria) {
		return switch (criteria.sort()) {
			case TITLE -> "lower(t.title), t.id";
			case STATE -> LIFECYCLE_ORDER + ", lower(t.title), t.id";
			case RELEVANCE -> criteria.text() == null ? "t.updated_at desc, t.id" : """
					ts_rank(to_tsvector('danish', t.title || ' ' || t.intervention || ' ' || t.problem || ' ' || t.aim),
					        to_tsquery('danish', :tsquery)) desc, t.updated_at desc, t.id""";
			case UPDATED -> "t.updated_at desc, t.id";
		};
	}

	/**
	 * Every word of the search as the start of a word, all of them required: "venskab bænk" becomes
	 * "venskab:* & bænk:*". Only letters and digits pass, so the user's text cannot form tsquery syntax.
	 */
	static String prefixQuery(String text) {
		if (text == null) {
			return "";
		}
		return NOT_A_WORD.splitAsStream(text.toLowerCase(java.util.Locale.ROOT))
			.filter(word -> !word.isEmpty())
			.map(word -> word + ":*")
			.collect(Collectors.joining(" & "));
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
