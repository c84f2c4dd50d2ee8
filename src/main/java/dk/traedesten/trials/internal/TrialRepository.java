package dk.traedesten.trials.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dk.traedesten.organisation.UnitKind;
import dk.traedesten.trials.ApplicationSections;
import dk.traedesten.trials.ChildVoiceMethod;
import dk.traedesten.trials.EligibilityProblem;
import dk.traedesten.trials.MeasureOutcome;
import dk.traedesten.trials.TrialApplication;
import dk.traedesten.trials.TrialState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications with their units, people, model elements and measures; one tenant's rows only (row-level security). */
@Repository
public class TrialRepository {

	/** A line of a list of applications. */
	public record Summary(UUID id, UUID callId, String title, TrialState state, String leadUnit, String createdByName,
			OffsetDateTime updatedAt, int problemCount, String selectionReason) {
	}

	private final JdbcClient jdbc;

	TrialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID create(int municipalityCode, UUID callId, String title, UUID createdBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into trial (id, municipality_code, call_id, title, created_by)
				values (:id, :code, :call, :title, :createdBy)""")
			.param("id", id)
			.param("code", municipalityCode)
			.param("call", callId)
			.param("title", title.strip())
			.param("createdBy", createdBy)
			.update();
		return id;
	}

	public Optional<TrialApplication> find(UUID id) {
		Optional<TrialApplication> head = jdbc.sql("""
				select t.*, p.name as created_by_name from trial t join person p on p.id = t.created_by where t.id = :id""")
			.param("id", id)
			.query((rs, n) -> head(rs))
			.optional();
		return head.map(this::withDetails);
	}

	/** Applications of a call, or every application when callId is null, newest change first. */
	public List<Summary> summaries(UUID callId) {
		return jdbc.sql("""
				select t.id, t.call_id, t.title, t.state, u.name as lead_unit, p.name as created_by_name, t.updated_at,
				       cardinality(t.eligibility_problems) as problem_count, t.selection_reason
				from trial t join person p on p.id = t.created_by
				left join trial_unit tu on tu.trial_id = t.id and tu.lead
				left join unit u on u.id = tu.unit_id
				where (cast(:call as uuid) is null or t.call_id = :call)
				order by t.updated_at desc, t.title""")
			.param("call", callId)
			.query(Summary.class)
			.list();
	}

	/** The person's own applications and those of units they work in: what "my applications" lists. */
	public List<Summary> summariesOf(UUID personId) {
		return jdbc.sql("""
				select t.id, t.call_id, t.title, t.state, u.name as lead_unit, p.name as created_by_name, t.updated_at,
				       cardinality(t.eligibility_problems) as problem_count, t.selection_reason
				from trial t join person p on p.id = t.created_by
				left join trial_unit tu on tu.trial_id = t.id and tu.lead
				left join unit u on u.id = tu.unit_id
				where t.created_by = :person
				   or exists (select 1 from trial_participant tp where tp.trial_id = t.id and tp.person_id = :person)
				   or exists (select 1 from trial_unit x join membership m on m.unit_id = x.unit_id
				              where x.trial_id = t.id and m.person_id = :person)
				order by t.updated_at desc, t.title""")
			.param("person", personId)
			.query(Summary.class)
			.list();
	}

	public void saveIntervention(UUID id, ApplicationSections.Intervention section) {
		jdbc.sql("""
				update trial set title = :title, intervention = :intervention, problem = :problem, age_from = :ageFrom,
				       age_to = :ageTo, unit_kinds = :kinds, child_count = :childCount, updated_at = now() where id = :id""")
			.param("id", id)
			.param("title", section.title().strip())
			.param("intervention", text(section.intervention()))
			.param("problem", text(section.problem()))
			.param("ageFrom", section.ageFrom())
			.param("ageTo", section.ageTo())
			.param("kinds", section.unitKinds().stream().map(Enum::name).toArray(String[]::new))
			.param("childCount", section.childCount())
			.update();
	}

	public void saveChildPerspective(UUID id, ApplicationSections.ChildPerspective section) {
		jdbc.sql("""
				update trial set child_perspective = :text, child_perspective_methods = :methods, updated_at = now()
				where id = :id""")
			.param("id", id)
			.param("text", text(section.childPerspective()))
			.param("methods", section.methods().stream().map(Enum::name).toArray(String[]::new))
			.update();
	}

	public void saveImprovement(UUID id, int municipalityCode, ApplicationSections.Improvement section) {
		jdbc.sql("""
				update trial set aim = :aim, change_ideas = :ideas, first_cycle = :cycle, updated_at = now() where id = :id""")
			.param("id", id)
			.param("aim", text(section.aim()))
			.param("ideas", text(section.changeIdeas()))
			.param("cycle", text(section.firstCycle()))
			.update();
		jdbc.sql("delete from trial_measure where trial_id = :id").param("id", id).update();
		int position = 0;
		for (TrialApplication.Measure measure : section.measures()) {
			jdbc.sql("""
					insert into trial_measure (id, municipality_code, trial_id, position, name, outcome, baseline_plan, target)
					values (:id, :code, :trial, :position, :name, :outcome, :baseline, :target)""")
				.param("id", UUID.randomUUID())
				.param("code", municipalityCode)
				.param("trial", id)
				.param("position", position++)
				.param("name", measure.name().strip())
				.param("outcome", measure.outcome().name())
				.param("baseline", text(measure.baselinePlan()))
				.param("target", text(measure.target()))
				.update();
		}
	}

	public void saveResources(UUID id, ApplicationSections.Resources section) {
		jdbc.sql("""
				update trial set expected_effect = :effect, data_qualitative = :qualitative,
				       data_quantitative = :quantitative, data_collection = :collection, hours_requested = :hours,
				       money_requested = :money, updated_at = now() where id = :id""")
			.param("id", id)
			.param("effect", text(section.expectedEffect()))
			.param("qualitative", section.dataQualitative())
			.param("quantitative", section.dataQuantitative())
			.param("collection", text(section.dataCollection()))
			.param("hours", section.hoursRequested())
			.param("money", section.moneyRequested())
			.update();
	}

	/** Replaces the descriptions of the model elements; blank ones are left out. */
	public void saveElements(UUID id, int municipalityCode, Map<UUID, String> descriptions) {
		jdbc.sql("delete from trial_element where trial_id = :id").param("id", id).update();
		descriptions.forEach((element, description) -> {
			if (description != null && !description.isBlank()) {
				jdbc.sql("""
						insert into trial_element (id, municipality_code, trial_id, element_id, description)
						values (:id, :code, :trial, :element, :description)""")
					.param("id", UUID.randomUUID())
					.param("code", municipalityCode)
					.param("trial", id)
					.param("element", element)
					.param("description", description.strip())
					.update();
			}
		});
		touch(id);
	}

	public void addUnit(UUID id, int municipalityCode, UUID unitId, boolean lead, String contribution) {
		jdbc.sql("""
				insert into trial_unit (id, municipality_code, trial_id, unit_id, lead, contribution)
				values (:id, :code, :trial, :unit, :lead, :contribution)""")
			.param("id", UUID.randomUUID())
			.param("code", municipalityCode)
			.param("trial", id)
			.param("unit", unitId)
			.param("lead", lead)
			.param("contribution", text(contribution))
			.update();
		touch(id);
	}

	public boolean removeUnit(UUID id, UUID unitId) {
		boolean removed = jdbc.sql("delete from trial_unit where trial_id = :id and unit_id = :unit and not lead")
			.param("id", id)
			.param("unit", unitId)
			.update() == 1;
		touch(id);
		return removed;
	}

	public boolean confirmUnit(UUID id, UUID unitId, UUID personId) {
		return jdbc.sql("""
				update trial_unit set confirmed_at = now(), confirmed_by = :person
				where trial_id = :id and unit_id = :unit and confirmed_at is null""")
			.param("id", id)
			.param("unit", unitId)
			.param("person", personId)
			.update() == 1;
	}

	public boolean approveUnit(UUID id, UUID unitId, UUID personId) {
		return jdbc.sql("""
				update trial_unit set approved_at = now(), approved_by = :person
				where trial_id = :id and unit_id = :unit and approved_at is null""")
			.param("id", id)
			.param("unit", unitId)
			.param("person", personId)
			.update() == 1;
	}

	public void addParticipant(UUID id, int municipalityCode, UUID personId, String role) {
		jdbc.sql("""
				insert into trial_participant (id, municipality_code, trial_id, person_id, role)
				values (:id, :code, :trial, :person, :role)
				on conflict (trial_id, person_id) do update set role = excluded.role""")
			.param("id", UUID.randomUUID())
			.param("code", municipalityCode)
			.param("trial", id)
			.param("person", personId)
			.param("role", role.strip())
			.update();
	}

	public boolean removeParticipant(UUID id, UUID personId) {
		return jdbc.sql("""
				delete from trial_participant tp using trial t
				where tp.trial_id = :id and tp.person_id = :person and t.id = tp.trial_id and t.created_by <> :person""")
			.param("id", id)
			.param("person", personId)
			.update() == 1;
	}

	public void storeProblems(UUID id, List<EligibilityProblem> problems) {
		jdbc.sql("update trial set eligibility_problems = :problems where id = :id")
			.param("id", id)
			.param("problems", problems.stream().map(EligibilityProblem::encoded).toArray(String[]::new))
			.update();
	}

	public void storeSelectionReason(UUID id, String reason) {
		jdbc.sql("update trial set selection_reason = :reason where id = :id").param("id", id).param("reason", reason).update();
	}

	/** Applicants to tell about the application: its creator and the people named on it. */
	public List<TrialPeopleQuery.PersonRow> applicants(UUID id) {
		return jdbc.sql("""
				select p.id, p.name, p.email, p.job_title from person p
				where p.id = (select created_by from trial where id = :id)
				   or p.id in (select person_id from trial_participant where trial_id = :id)
				order by p.name""")
			.param("id", id)
			.query(TrialPeopleQuery.PersonRow.class)
			.list();
	}

	/** Moves the creation date back, for imported history. */
	public void backdate(UUID id, OffsetDateTime createdAt) {
		jdbc.sql("update trial set created_at = :at, updated_at = :at where id = :id").param("id", id).param("at", createdAt).update();
		jdbc.sql("update trial_unit set confirmed_at = case when confirmed_at is null then null else :at end,"
				+ " approved_at = case when approved_at is null then null else :at end where trial_id = :id")
			.param("id", id)
			.param("at", createdAt)
			.update();
	}

	private void touch(UUID id) {
		jdbc.sql("update trial set updated_at = now() where id = :id").param("id", id).update();
	}

	private TrialApplication withDetails(TrialApplication head) {
		UUID id = head.id();
		List<TrialApplication.Unit> units = jdbc.sql("""
				select tu.unit_id, u.name, u.kind, tu.lead, tu.contribution, tu.confirmed_at, c.name as confirmed_by_name,
				       tu.approved_at, a.name as approved_by_name
				from trial_unit tu join unit u on u.id = tu.unit_id
				left join person c on c.id = tu.confirmed_by left join person a on a.id = tu.approved_by
				where tu.trial_id = :id order by tu.lead desc, u.name""")
			.param("id", id)
			.query((rs, n) -> new TrialApplication.Unit(rs.getObject("unit_id", UUID.class), rs.getString("name"),
					UnitKind.valueOf(rs.getString("kind")), rs.getBoolean("lead"), rs.getString("contribution"),
					rs.getObject("confirmed_at", OffsetDateTime.class), rs.getString("confirmed_by_name"),
					rs.getObject("approved_at", OffsetDateTime.class), rs.getString("approved_by_name")))
			.list();
		List<TrialApplication.Participant> participants = jdbc.sql("""
				select tp.person_id, p.name, tp.role from trial_participant tp join person p on p.id = tp.person_id
				where tp.trial_id = :id order by p.name""")
			.param("id", id)
			.query(TrialApplication.Participant.class)
			.list();
		Map<UUID, String> elements = new LinkedHashMap<>();
		jdbc.sql("select element_id, description from trial_element where trial_id = :id")
			.param("id", id)
			.query((rs, n) -> elements.put(rs.getObject("element_id", UUID.class), rs.getString("description")))
			.list();
		List<TrialApplication.Measure> measures = jdbc.sql("""
				select name, outcome, baseline_plan, target from trial_measure where trial_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new TrialApplication.Measure(rs.getString("name"),
					MeasureOutcome.valueOf(rs.getString("outcome")), rs.getString("baseline_plan"), rs.getString("target")))
			.list();
		return new TrialApplication(id, head.municipalityCode(), head.callId(), head.state(), head.title(),
				head.intervention(), head.problem(), head.ageFrom(), head.ageTo(), head.unitKinds(), head.childCount(),
				head.childPerspective(), head.childPerspectiveMethods(), head.aim(), head.changeIdeas(),
				head.firstCycle(), head.expectedEffect(), head.dataQualitative(), head.dataQuantitative(),
				head.dataCollection(), head.hoursRequested(), head.moneyRequested(), head.eligibilityProblems(),
				head.selectionReason(), head.createdBy(), head.createdByName(), head.createdAt(), head.updatedAt(),
				units, participants, elements, measures);
	}

	private static TrialApplication head(ResultSet rs) throws SQLException {
		return new TrialApplication(rs.getObject("id", UUID.class), rs.getInt("municipality_code"),
				rs.getObject("call_id", UUID.class), TrialState.valueOf(rs.getString("state")), rs.getString("title"),
				rs.getString("intervention"), rs.getString("problem"), (Integer) rs.getObject("age_from"),
				(Integer) rs.getObject("age_to"), array(rs.getArray("unit_kinds"), UnitKind::valueOf),
				(Integer) rs.getObject("child_count"), rs.getString("child_perspective"),
				array(rs.getArray("child_perspective_methods"), ChildVoiceMethod::valueOf), rs.getString("aim"),
				rs.getString("change_ideas"), rs.getString("first_cycle"), rs.getString("expected_effect"),
				rs.getBoolean("data_qualitative"), rs.getBoolean("data_quantitative"), rs.getString("data_collection"),
				(Integer) rs.getObject("hours_requested"), (Integer) rs.getObject("money_requested"),
				array(rs.getArray("eligibility_problems"), EligibilityProblem::decode), rs.getString("selection_reason"),
				rs.getObject("created_by", UUID.class), rs.getString("created_by_name"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				List.of(), List.of(), Map.of(), List.of());
	}

	private static <T> List<T> array(Array array, Function<String, T> parse) throws SQLException {
		return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).map(parse).toList();
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}
}
