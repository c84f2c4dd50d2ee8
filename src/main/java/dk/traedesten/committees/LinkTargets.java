package dk.traedesten.committees;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a module offers an agenda item to link to (decision 0017). The trials and strategy modules implement it, so
 * the secretary can choose a trial or the strategy without committees knowing either module: they depend on
 * committees, never the reverse. Read under the signed-in user's tenant.
 */
public interface LinkTargets {

	/** A thing an item can link to: its kind, id, the name shown and the path of its page in the app. */
	record LinkTarget(LinkKind kind, UUID id, String label, String path) {
	}

	/** The kinds this module answers for. */
	List<LinkKind> kinds();

	/** What the secretary may link an item to now, of the kinds this module answers for. */
	List<LinkTarget> choices();

	/** One target by kind and id, if it exists and is visible. */
	Optional<LinkTarget> target(LinkKind kind, UUID id);
}
