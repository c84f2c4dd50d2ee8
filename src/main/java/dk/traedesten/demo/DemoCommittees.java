package dk.traedesten.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dk.traedesten.committees.CaseNumberFormat;
import dk.traedesten.committees.CommitteeAdministration;
import dk.traedesten.committees.CommitteeMember.MemberRole;
import dk.traedesten.committees.Decision;
import dk.traedesten.committees.ItemDraft;
import dk.traedesten.committees.Section;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.stereotype.Component;

/**
 * Demo committees: Herning's Børne- og Familieudvalget with its meeting of 10 February 2021 on Teams and item 20 of
 * seed 002, published and decided as recommended; København's Børne- og Ungdomsudvalget with the note of seed 000
 * on the agenda of its next meeting after the note's date; and Stevns' Børne- og Uddannelsesudvalget with a meeting
 * still being planned, whose draft item must stay out of public sight.
 */
@Component
class DemoCommittees {

	static final int STEVNS = 336;

	static final int KOEBENHAVN = 101;

	static final int HERNING = 657;

	static final String ACTOR = "demodata";

	private final CommitteeAdministration administration;

	DemoCommittees(CommitteeAdministration administration) {
		this.administration = administration;
	}

	boolean present() {
		return administration.committees().stream().anyMatch(committee -> committee.municipalityCode() == HERNING);
	}

	void seed() {
		TenantScope.asTenant(HERNING, ACTOR, this::herning);
		TenantScope.asTenant(KOEBENHAVN, ACTOR, this::koebenhavn);
		TenantScope.asTenant(STEVNS, ACTOR, this::stevns);
	}

	private Void herning() {
		administration.setCaseNumberFormat(CaseNumberFormat.KLE);
		UUID committee = administration.addCommittee("Børne- og Familieudvalget", "");
		UUID meeting = administration.addMeeting(committee, LocalDate.of(2021, 2, 10), LocalTime.of(16, 0), "Teams");
		UUID item = administration.addItem(meeting, "AGENDA_ITEM", DemoCommitteeTexts.HERNING_TITLE);
		administration.updateItem(item, new ItemDraft(20, DemoCommitteeTexts.HERNING_TITLE, "00.01.10-G01-1-21", "",
				"Louise Maria Raunkjær", List.of("Peter Jonsen"), DemoCommitteeTexts.HERNING_DEPARTMENTS, null, true,
				DemoCommitteeTexts.HERNING_SECTIONS));
		administration.markReady(item);
		administration.publishAgenda(meeting);
		administration.decide(item, Decision.recommended());
		administration.publishMinutes(meeting);
		return null;
	}

	private Void koebenhavn() {
		administration.setCaseNumberFormat(CaseNumberFormat.CASE_SYSTEM);
		UUID committee = administration.addCommittee("Børne- og Ungdomsudvalget", "");
		UUID meeting = administration.addMeeting(committee, LocalDate.of(2021, 4, 21), LocalTime.of(15, 30),
				"Københavns Rådhus");
		UUID item = administration.addItem(meeting, "COMMITTEE_NOTE", DemoCommitteeTexts.NOTE_TITLE);
		administration.updateItem(item, new ItemDraft(1, DemoCommitteeTexts.NOTE_TITLE, "2020-0076771",
				"2020-0076771-12", "", List.of(), List.of(), LocalDate.of(2021, 4, 16), true,
				DemoCommitteeTexts.NOTE_SECTIONS));
		administration.markReady(item);
		administration.publishAgenda(meeting);
		return null;
	}

	private Void stevns() {
		administration.setCaseNumberFormat(CaseNumberFormat.KLE);
		UUID committee = administration.addCommittee("Børne- og Uddannelsesudvalget", "");
		administration.addMember(committee, "Poul Erik Dam", "", MemberRole.MEMBER, LocalDate.of(2022, 1, 1), null);
		UUID meeting = administration.addMeeting(committee, LocalDate.now().plusWeeks(3), LocalTime.of(16, 0),
				"Rådhuset i Store Heddinge");
		UUID item = administration.addItem(meeting, "AGENDA_ITEM", "Status på Sammen MED børnene");
		administration.updateItem(item, new ItemDraft(1, "Status på Sammen MED børnene", "17.01.00-G01-4-25", "",
				"", List.of(), List.of(), null, true,
				List.of(new Section(dk.traedesten.committees.SectionKind.SUMMARY, "Kladde: status på strategiens første år."),
						new Section(dk.traedesten.committees.SectionKind.PRESENTATION, ""),
						new Section(dk.traedesten.committees.SectionKind.RECOMMENDATION, ""))));
		return null;
	}
}
