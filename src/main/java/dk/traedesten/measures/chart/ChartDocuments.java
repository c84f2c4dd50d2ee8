package dk.traedesten.measures.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A chart as a file to download: the SVG as it is, a PNG rasterised from it by Batik at twice its size (sharp
 * on a slide), and a tagged PDF with the chart, its text alternative and the data table from the Thymeleaf
 * template {@code measures/chart-pdf}, in the same font as the trials' reports.
 */
@Component
public class ChartDocuments {

	private static final String FONT = "DejaVu Sans";

	private static final float PNG_SCALE = 2;

	private final ITemplateEngine templates;

	ChartDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] svg(ChartView view) {
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + view.svg()).getBytes(StandardCharsets.UTF_8);
	}

	public byte[] png(ChartView view) {
		Capture capture = new Capture();
		capture.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) ChartSvg.WIDTH * PNG_SCALE);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			capture.transcode(new TranscoderInput(new StringReader(view.svg())), null);
			ImageIO.write(capture.image, "png", out);
			return out.toByteArray();
		}
		catch (TranscoderException ex) {
			throw new IllegalStateException("The chart could not be rasterised", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] pdf(ChartView view, Locale locale) {
		// PDF/UA wants the chart's text alternative on the replaced element itself.
		String svg = view.svg().replaceFirst("<svg ", "<svg alt=\"" + SvgWriter.escape(view.text()) + "\" ");
		String html = templates.process("measures/chart-pdf", new Context(locale, Map.of("view", view, "svg", svg)));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			font(builder, "fonts/dejavu/DejaVuSans.ttf", 400);
			font(builder, "fonts/dejavu/DejaVuSans-Bold.ttf", 700);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String path, int weight) {
		builder.useFont(() -> {
			try {
				return new ClassPathResource(path).getInputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, FONT, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
	}

	/** Keeps the image Batik draws instead of encoding it, so ImageIO writes the PNG (no Batik codec needed). */
	private static final class Capture extends ImageTranscoder {

		private BufferedImage image;

		@Override
		public BufferedImage createImage(int width, int height) {
			return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		}

		@Override
		public void writeImage(BufferedImage img, TranscoderOutput output) {
			this.image = img;
		}
	}
}
