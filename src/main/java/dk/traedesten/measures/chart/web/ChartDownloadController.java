package dk.traedesten.measures.chart.web;

import java.util.Locale;
import java.util.UUID;

import dk.traedesten.measures.MeasureAccess;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.chart.ChartDocuments;
import dk.traedesten.measures.chart.ChartView;
import dk.traedesten.measures.chart.SeriesCharts;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A series' chart as SVG, PNG and PDF, for whoever may read the series, suppressed exactly as on its page (the
 * same {@link SeriesCharts} view). A series the reader may not see, or another municipality's, is not found.
 */
@Controller
@PreAuthorize("isAuthenticated() and principal.municipalityCode() != null")
class ChartDownloadController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final MeasureSeries series;

	private final MeasureAccess access;

	private final SeriesCharts charts;

	private final ChartDocuments documents;

	ChartDownloadController(MeasureSeries series, MeasureAccess access, SeriesCharts charts, ChartDocuments documents) {
		this.series = series;
		this.access = access;
		this.charts = charts;
		this.documents = documents;
	}

	@GetMapping("/maalinger/serier/{id}/graf.svg")
	ResponseEntity<byte[]> svg(@PathVariable UUID id, Locale locale) {
		return file(SVG, "svg", documents.svg(view(id, locale)));
	}

	@GetMapping("/maalinger/serier/{id}/graf.png")
	ResponseEntity<byte[]> png(@PathVariable UUID id, Locale locale) {
		return file(MediaType.IMAGE_PNG, "png", documents.png(view(id, locale)));
	}

	@GetMapping("/maalinger/serier/{id}/graf.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		return file(MediaType.APPLICATION_PDF, "pdf", documents.pdf(view(id, locale), locale));
	}

	private ChartView view(UUID id, Locale locale) {
		Series found = series.find(id)
			.filter(access::canRead)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return charts.view(found, locale);
	}

	private static ResponseEntity<byte[]> file(MediaType type, String extension, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("graf." + extension).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}
}
