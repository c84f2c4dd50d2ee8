package dk.traedesten.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded database start into one clear sentence instead of a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD) to use an"
						+ " existing PostgreSQL 17 server, or run the application as a normal (non-root) user.",
				null);
	}
}
