package dk.traedesten.committees;

import java.util.regex.Pattern;

/**
 * How a municipality numbers its cases, a setting per municipality. KLE: the KLE subject number, the action facet, a
 * serial number and the two-digit year ("00.01.10-G01-1-21"). CASE_SYSTEM: the year and a seven-digit serial of a
 * case system ("2020-0076771"), whose documents add their own serial ("2020-0076771-12").
 */
public enum CaseNumberFormat {

	KLE("\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d{1,6}-\\d{2}", "00.01.10-G01-1-21", "-\\d{1,4}",
			"00.01.10-G01-1-21-3"),
	CASE_SYSTEM("(19|20)\\d{2}-\\d{7}", "2020-0076771", "-\\d{1,4}", "2020-0076771-12");

	private final Pattern caseNumber;

	private final String example;

	private final Pattern documentNumber;

	private final String documentExample;

	CaseNumberFormat(String caseNumber, String example, String documentSuffix, String documentExample) {
		this.caseNumber = Pattern.compile(caseNumber);
		this.example = example;
		this.documentNumber = Pattern.compile(caseNumber + documentSuffix);
		this.documentExample = documentExample;
	}

	/** True when the case number, without surrounding spaces, has this format. */
	public boolean fits(String number) {
		return number != null && caseNumber.matcher(number.strip()).matches();
	}

	/** True when the document number has this format and belongs to the case. */
	public boolean fitsDocument(String document, String caseNumber) {
		if (document == null || !documentNumber.matcher(document.strip()).matches()) {
			return false;
		}
		return caseNumber == null || caseNumber.isBlank() || document.strip().startsWith(caseNumber.strip() + "-");
	}

	/** A number of this format, shown in the error so the user sees the expected form. */
	public String example() {
		return example;
	}

	public String documentExample() {
		return documentExample;
	}
}
