package dk.traedesten.committees.web;

import dk.traedesten.committees.CaseNumberFormat;

import org.springframework.validation.Errors;

/** A case (paper) to add to an item: its case number in the municipality's format and its title. */
public class PaperForm {

	static final int TITLE_MAX = 300;

	private String caseNumber = "";

	private String title = "";

	boolean validate(Errors errors, CaseNumberFormat format) {
		if (caseNumber.isBlank()) {
			errors.rejectValue("paperCaseNumber", "papers.error.case-number-required", new Object[] { format.example() }, null);
		}
		else if (!format.fits(caseNumber)) {
			errors.rejectValue("paperCaseNumber", "committees.error.case-number", new Object[] { format.example() }, null);
		}
		if (title.isBlank()) {
			errors.rejectValue("paperTitle", "papers.error.title-required");
		}
		else if (title.strip().length() > TITLE_MAX) {
			errors.rejectValue("paperTitle", "followups.error.too-long", new Object[] { TITLE_MAX }, null);
		}
		return !errors.hasErrors();
	}

	public String getPaperCaseNumber() {
		return caseNumber;
	}

	public void setPaperCaseNumber(String caseNumber) {
		this.caseNumber = caseNumber == null ? "" : caseNumber;
	}

	public String getPaperTitle() {
		return title;
	}

	public void setPaperTitle(String title) {
		this.title = title == null ? "" : title;
	}
}
