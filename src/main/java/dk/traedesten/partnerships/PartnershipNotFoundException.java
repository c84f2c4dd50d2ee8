package dk.traedesten.partnerships;

/** No such partnership, membership or person for the caller: answered 404, as for one that does not exist. */
public class PartnershipNotFoundException extends RuntimeException {

	public PartnershipNotFoundException(String what) {
		super("not found: " + what);
	}
}
