package dk.traedesten.trials.followup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.followup.ChildGroup;
import dk.traedesten.trials.followup.NoteKind;
import dk.traedesten.trials.followup.TrialNote;

import org.springframework.format.annotation.DateTimeFormat;

/** What the note form sends: a note or a child's statement, its date, group and model elements. */
class NoteForm {

	private NoteKind kind = NoteKind.NOTE;

	private String text = "";

	private ChildGroup childGroup;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate notedOn;

	private List<UUID> elementIds = new ArrayList<>();

	static NoteForm today(LocalDate today) {
		NoteForm form = new NoteForm();
		form.notedOn = today;
		return form;
	}

	TrialNote toNote(List<UUID> knownElements) {
		return new TrialNote(null, kind, text == null ? "" : text, kind == NoteKind.CHILD_STATEMENT ? childGroup : null,
				notedOn, elementIds.stream().filter(knownElements::contains).distinct().toList());
	}

	public NoteKind getKind() {
		return kind;
	}

	public void setKind(NoteKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public ChildGroup getChildGroup() {
		return childGroup;
	}

	public void setChildGroup(ChildGroup childGroup) {
		this.childGroup = childGroup;
	}

	public LocalDate getNotedOn() {
		return notedOn;
	}

	public void setNotedOn(LocalDate notedOn) {
		this.notedOn = notedOn;
	}

	public List<UUID> getElementIds() {
		return elementIds;
	}

	public void setElementIds(List<UUID> elementIds) {
		this.elementIds = elementIds;
	}
}
