package dk.traedesten.committees;

/**
 * What the committee decided on an item: as recommended ("Tiltrådt som indstillet", worded by the bundle), or an
 * amended text of its own.
 */
public record Decision(boolean asRecommended, String amendedText) {

	public Decision {
		amendedText = asRecommended ? null : (amendedText == null ? "" : amendedText.strip());
		if (!asRecommended && amendedText.isEmpty()) {
			throw new IllegalArgumentException("an amended decision needs its text");
		}
	}

	public static Decision recommended() {
		return new Decision(true, null);
	}

	public static Decision amended(String text) {
		return new Decision(false, text);
	}
}
