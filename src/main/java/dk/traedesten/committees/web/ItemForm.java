package dk.traedesten.committees.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dk.traedesten.committees.AgendaItem;
import dk.traedesten.committees.CaseNumberFormat;
import dk.traedesten.committees.ItemDraft;
import dk.traedesten.committees.Section;

import org.springframework.validation.BindingResult;

/**
 * An item's facts and section texts as the edit form sends them. The sections' kinds are the stored item's (its
 * template's), matched by position, so a form cannot add a section the template does not have.
 */
class ItemForm {

	static final int TITLE_MAX = 300;

	static final int SHORT_MAX = 200;

	static final int SECTION_MAX = 50_000;

	private String number = "";

	private String title = "";

	private String caseNumber = "";

	private String documentNumber = "";

	private String caseHandler = "";

	private String otherCaseHandlers = "";

	private String departmentCodes = "";

	private String datedOn = "";

	private boolean open = true;

	private List<String> sections = new ArrayList<>();

	static ItemForm of(AgendaItem item) {
		ItemForm form = new ItemForm();
		form.number = String.valueOf(item.number());
		form.title = item.title();
		form.caseNumber = item.caseNumber();
		form.documentNumber = item.documentNumber();
		form.caseHandler = item.caseHandler();
		form.otherCaseHandlers = String.join("\n", item.otherCaseHandlers());
		form.departmentCodes = String.join(" ", item.departmentCodes());
		form.datedOn = item.datedOn() == null ? "" : item.datedOn().toString();
		form.open = item.open();
		form.sections = new ArrayList<>(item.sections().stream().map(Section::body).toList());
		return form;
	}

	static void checkTitle(String title, BindingResult errors) {
		if (title.isBlank()) {
			errors.rejectValue("title", "committees.error.title-required");
		}
		else if (title.strip().length() > TITLE_MAX) {
			errors.rejectValue("title", "committees.error.too-long", new Object[] { TITLE_MAX }, null);
		}
	}

	/** Rejects each bad field with its Danish message, the case number against the municipality's format. */
	boolean validate(BindingResult errors, CaseNumberFormat format) {
		if (!number.strip().matches("[1-9]\\d{0,3}")) {
			errors.rejectValue("number", "committees.error.number");
		}
		checkTitle(title, errors);
		if (!caseNumber.isBlank() && !format.fits(caseNumber)) {
			errors.rejectValue("caseNumber", "committees.error.case-number", new Object[] { format.example() }, null);
		}
		if (!documentNumber.isBlank() && !format.fitsDocument(documentNumber, caseNumber)) {
			errors.rejectValue("documentNumber", "committees.error.document-number",
					new Object[] { format.documentExample() }, null);
		}
		if (!datedOn.isBlank() && FormDates.date(datedOn) == null) {
			errors.rejectValue("datedOn", "committees.error.date");
		}
		for (String field : List.of("caseHandler", "otherCaseHandlers", "departmentCodes")) {
			String value = switch (field) {
				case "caseHandler" -> caseHandler;
				case "otherCaseHandlers" -> otherCaseHandlers;
				default -> departmentCodes;
			};
			if (value.length() > SHORT_MAX * 5) {
				errors.rejectValue(field, "committees.error.too-long", new Object[] { SHORT_MAX * 5 }, null);
			}
		}
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i) != null && sections.get(i).length() > SECTION_MAX) {
				errors.rejectValue("sections[" + i + "]", "committees.error.too-long", new Object[] { SECTION_MAX }, null);
			}
		}
		return !errors.hasErrors();
	}

	ItemDraft toDraft(AgendaItem stored) {
		List<Section> texts = new ArrayList<>();
		for (int i = 0; i < stored.sections().size(); i++) {
			String body = i < sections.size() && sections.get(i) != null ? sections.get(i).strip() : "";
			texts.add(new Section(stored.sections().get(i).kind(), body));
		}
		return new ItemDraft(Integer.parseInt(number.strip()), title.strip(), caseNumber.strip(), documentNumber.strip(),
				caseHandler.strip(), lines(otherCaseHandlers), words(departmentCodes), FormDates.date(datedOn), open,
				texts);
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.split("[\\s,]+")).map(String::strip).filter(word -> !word.isEmpty()).toList();
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number == null ? "" : number;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getCaseNumber() {
		return caseNumber;
	}

	public void setCaseNumber(String caseNumber) {
		this.caseNumber = caseNumber == null ? "" : caseNumber;
	}

	public String getDocumentNumber() {
		return documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber == null ? "" : documentNumber;
	}

	public String getCaseHandler() {
		return caseHandler;
	}

	public void setCaseHandler(String caseHandler) {
		this.caseHandler = caseHandler == null ? "" : caseHandler;
	}

	public String getOtherCaseHandlers() {
		return otherCaseHandlers;
	}

	public void setOtherCaseHandlers(String otherCaseHandlers) {
		this.otherCaseHandlers = otherCaseHandlers == null ? "" : otherCaseHandlers;
	}

	public String getDepartmentCodes() {
		return departmentCodes;
	}

	public void setDepartmentCodes(String departmentCodes) {
		this.departmentCodes = departmentCodes == null ? "" : departmentCodes;
	}

	public String getDatedOn() {
		return datedOn;
	}

	public void setDatedOn(String datedOn) {
		this.datedOn = datedOn == null ? "" : datedOn;
	}

	public boolean isOpen() {
		return open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public List<String> getSections() {
		return sections;
	}

	public void setSections(List<String> sections) {
		this.sections = sections == null ? new ArrayList<>() : sections;
	}
}
