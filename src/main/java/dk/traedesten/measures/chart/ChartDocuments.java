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

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

import dk.traedesten.platform.pdf.HtmlPdf;

import org.springframework.stereotype.Component;

/**
 * A chart as a file to download: the SVG as it is, a PNG rasterised from it by Batik at twice its size (sharp
 * on a slide), and a tagged PDF with the chart, its text alternative and the data table from the Thymeleaf
 * template {@code measures/chart-pdf}, in the same font as the trials' reports.
 */
@Component
public class ChartDocuments {

	private static final float PNG_SCALE = 2;

	private final HtmlPdf pdf;

	ChartDocuments(HtmlPdf pdf) {
		this.pdf = pdf;
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
		return pdf.render("measures/chart-pdf", Map.of("view", view, "svg", svg), locale);
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
