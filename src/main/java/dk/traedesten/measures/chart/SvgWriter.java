package dk.traedesten.measures.chart;

import java.util.Locale;

/**
 * Appends SVG elements with coordinates at one decimal in a fixed format, so the same chart is the same text on
 * every machine and in every locale, and with every text escaped.
 */
final class SvgWriter {

	private final StringBuilder out = new StringBuilder(16_384);

	static String n(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	SvgWriter raw(String text) {
		out.append(text);
		return this;
	}

	SvgWriter line(String cssClass, double x1, double y1, double x2, double y2, String stroke, double width,
			String dash) {
		out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(n(x1)).append("\" y1=\"")
			.append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"")
			.append(stroke).append("\" stroke-width=\"").append(n(width)).append('"');
		dash(dash);
		out.append("/>\n");
		return this;
	}

	SvgWriter polyline(String cssClass, String points, String stroke, double width, String dash) {
		out.append("<polyline class=\"").append(cssClass).append("\" points=\"").append(points)
			.append("\" fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
			.append("\" stroke-linejoin=\"round\"");
		dash(dash);
		out.append("/>\n");
		return this;
	}

	SvgWriter text(String cssClass, double x, double y, String anchor, double size, String fill, String text,
			String extra) {
		out.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
			.append("\" text-anchor=\"").append(anchor).append("\" font-size=\"").append(n(size)).append("\" fill=\"")
			.append(fill).append('"');
		if (extra != null) {
			out.append(' ').append(extra);
		}
		out.append('>').append(escape(text)).append("</text>\n");
		return this;
	}

	private void dash(String dash) {
		if (dash != null) {
			out.append(" stroke-dasharray=\"").append(dash).append('"');
		}
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
