package dk.traedesten.platform.tenancy;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Decides which tenant's rows a database connection may see. By default that is the signed-in user's
 * municipality; code that must work across tenants (sign-in, demo data, scheduled jobs) says so explicitly
 * with {@link #asSystem}. The scope is read when a connection is taken from the pool, so it must wrap the
 * whole transaction.
 */
public final class TenantScope {

	/** The values the database sees for one connection. */
	public record Scope(Integer municipalityCode, boolean platformWide, String actor) {
	}

	private static final ThreadLocal<Scope> OVERRIDE = new ThreadLocal<>();

	private TenantScope() {
	}

	public static Scope current() {
		Scope override = OVERRIDE.get();
		if (override != null) {
			return override;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
			return new Scope(principal.municipalityCode(), principal.platformWide(), principal.actorName());
		}
		return new Scope(null, false, "anonym");
	}

	/** Runs work across all tenants, recorded in the audit trail under the given actor name. */
	public static <T> T asSystem(String actor, Supplier<T> work) {
		return with(new Scope(null, true, actor), work);
	}

	public static void asSystem(String actor, Runnable work) {
		asSystem(actor, () -> {
			work.run();
			return null;
		});
	}

	/** Runs work as one municipality, for example to check that tenants cannot see each other. */
	public static <T> T asTenant(int municipalityCode, String actor, Supplier<T> work) {
		return with(new Scope(municipalityCode, false, actor), work);
	}

	/**
	 * Runs work as a signed-in person of no municipality (KL's staff, an association's secretary): only what their
	 * organisation may see, by the actor's e-mail.
	 */
	public static <T> T asPerson(String actor, Supplier<T> work) {
		return with(new Scope(null, false, actor), work);
	}

	private static <T> T with(Scope scope, Supplier<T> work) {
		Scope previous = OVERRIDE.get();
		OVERRIDE.set(scope);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				OVERRIDE.remove();
			}
			else {
				OVERRIDE.set(previous);
			}
		}
	}
}
