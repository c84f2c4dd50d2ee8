package dk.traedesten.browser;

/** The languages the message bundles cover, by the code {@code ?lang=} takes and {@code <html lang>} shows. */
enum Language {

	DANISH("da"), ENGLISH("en");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	String code() {
		return code;
	}

	@Override
	public String toString() {
		return code;
	}
}
