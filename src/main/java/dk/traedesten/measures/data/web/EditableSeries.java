package dk.traedesten.measures.data.web;

import java.util.UUID;

import dk.traedesten.measures.MeasureAccess;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.data.PointRules;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The series whose points the signed-in person may replace: its own team only. A series they may not read, or
 * another municipality's, answers 404 like one that does not exist; a reader outside the team gets 403.
 */
@Component
class EditableSeries {

	private final MeasureSeries series;

	private final MeasureAccess access;

	EditableSeries(MeasureSeries series, MeasureAccess access) {
		this.series = series;
		this.access = access;
	}

	Series find(UUID id) {
		Series found = series.find(id)
			.filter(access::canRead)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.canEdit(found)) {
			throw new AccessDeniedException("Only the series' team enters its data");
		}
		return found;
	}

	static PointRules rules(Series series) {
		return PointRules.of(series.indicator().kind(), series.indicator().unit(), series.period());
	}
}
