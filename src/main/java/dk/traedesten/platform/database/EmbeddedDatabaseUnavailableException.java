package dk.traedesten.platform.database;

/** The embedded PostgreSQL cannot run here; the message is the one sentence the operator sees. */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

	public EmbeddedDatabaseUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
