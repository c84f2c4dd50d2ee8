package dk.traedesten.measures.chart;

import java.util.List;
import java.util.Locale;

import dk.traedesten.measures.MeasureAccess;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesPoint;
import dk.traedesten.measures.SmallGroups;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A series' chart for the signed-in reader: the page's fragment {@code measures/chart :: chart(view)} and the
 * downloads show this view, so suppression is decided once, here. The caller has checked that the reader may
 * read the series.
 */
@Service
@Transactional(readOnly = true)
public class SeriesCharts {

	private final MeasureSeries series;

	private final MeasureAccess access;

	private final MessageSource messages;

	SeriesCharts(MeasureSeries series, MeasureAccess access, MessageSource messages) {
		this.series = series;
		this.access = access;
		this.messages = messages;
	}

	public ChartView view(Series target, Locale locale) {
		List<SeriesPoint> points = series.points(target.id());
		boolean suppressed = !access.inTeam(target) && SmallGroups.anySmall(target, points);
		return new ChartBuilder(messages, locale).build(target, points, series.notes(target.id()), suppressed);
	}
}
