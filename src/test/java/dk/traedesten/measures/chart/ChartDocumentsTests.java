package dk.traedesten.measures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import dk.traedesten.measures.SeriesPoint;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The downloads made from a view; they are also written to target/charts to be looked at. */
class ChartDocumentsTests {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Test
	void thePngIsTheChartAtTwiceItsSizeWithTheSignalInRed() throws Exception {
		ChartView view = view();
		byte[] png = documents().png(view);
		write("chart.png", png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo((int) (ChartSvg.WIDTH * 2));
		assertThat(countColour(image, 0xb22222)).as("pixels of the signal colour").isGreaterThan(100);
		assertThat(countColour(image, 0x1f5f8b)).as("pixels of the data colour").isGreaterThan(100);
	}

	@Test
	void thePdfHasTheChartItsTextAndTheTable() throws Exception {
		ChartView view = view();
		byte[] pdf = documents().pdf(view, DANISH);
		write("chart.pdf", pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Fravær – 4.A").contains("centerlinje 9,7 %").contains("uge 41 2025")
				.contains("Over øvre kontrolgrænse").contains("Særlig variation i begge retninger");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Fravær – 4.A");
		}
	}

	@Test
	void theSvgIsAStandaloneXmlDocument() throws Exception {
		byte[] svg = documents().svg(view());
		write("chart.svg", svg);
		assertThat(ChartSvgTests.parse(new String(svg, java.nio.charset.StandardCharsets.UTF_8)).getDocumentElement()
			.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
	}

	private static ChartView view() {
		List<SeriesPoint> points = ChartFixture.absenceShift();
		return new ChartBuilder(ChartFixture.messages(), DANISH).build(
				ChartFixture.series(ChartFixture.absence(), 23, 6.0), points, ChartFixture.notes(points, 10, 14), false);
	}

	private static ChartDocuments documents() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = ChartFixture.messages();
		messages.setBasenames("i18n/measure-charts", "i18n/platform");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return new ChartDocuments(new dk.traedesten.platform.pdf.HtmlPdf(engine));
	}

	private static long countColour(BufferedImage image, int rgb) {
		long count = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				if ((image.getRGB(x, y) & 0xffffff) == rgb) {
					count++;
				}
			}
		}
		return count;
	}

	private static void write(String name, byte[] bytes) throws Exception {
		Path dir = Path.of("target/charts");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), bytes);
	}
}
