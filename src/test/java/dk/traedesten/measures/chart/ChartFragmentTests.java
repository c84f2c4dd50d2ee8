package dk.traedesten.measures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.traedesten.measures.SeriesPoint;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The fragment the series page includes, rendered on its own. */
class ChartFragmentTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Test
	void showsTheChartBadgesTableAndDownloads() {
		List<SeriesPoint> points = ChartFixture.absenceShift();
		ChartView view = new ChartBuilder(ChartFixture.messages(), DANISH)
			.build(ChartFixture.series(ChartFixture.absence(), 23, 6.0), points, List.of(), false);
		String html = render(view);
		assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("Særlig variation i begge retninger")
			.contains("Når målet nogle gange").contains("<details").contains("<caption>Tallene bag Fravær – 4.A</caption>")
			.contains("/maalinger/serier/00000000-0000-0000-0000-000000000042/graf.pdf")
			.contains("Over øvre kontrolgrænse").doesNotContain("style=");
	}

	@Test
	void aSuppressedViewSaysWhyAndHasNoBadgesOrLimitColumns() {
		List<SeriesPoint> points = ChartFixture.absenceShift();
		ChartView view = new ChartBuilder(ChartFixture.messages(), DANISH)
			.build(ChartFixture.series(ChartFixture.absence(), 4, 6.0), points, List.of(), true);
		String html = render(view);
		assertThat(html).contains("færre end 5 børn").doesNotContain("Variation:").doesNotContain("Centerlinje")
			.doesNotContain("Øvre kontrolgrænse").contains("&lt;5");
	}

	private static String render(ChartView view) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = ChartFixture.messages();
		messages.setBasenames("i18n/measure-charts", "i18n/platform");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		MockServletContext servlet = new MockServletContext();
		var exchange = JakartaServletWebApplication.buildApplication(servlet)
			.buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse());
		return engine.process("measures/chart", java.util.Set.of("chart(view)"),
				new WebContext(exchange, DANISH, Map.of("view", view)));
	}
}
