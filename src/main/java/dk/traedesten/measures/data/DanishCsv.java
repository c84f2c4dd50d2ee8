package dk.traedesten.measures.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

import dk.traedesten.measures.SeriesPoint;

/**
 * Writes points as Danish offices read them: {@code ;} between fields, decimal comma, dates as {@code 24-09-2021},
 * "ja" for the marks, and, in UTF-8, a byte order mark so Excel knows the encoding. The template download, and the
 * form an import reads back.
 */
public final class DanishCsv {

	private static final byte[] BOM = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };

	private DanishCsv() {
	}

	public static byte[] write(List<SeriesPoint> points, PointRules rules, Charset charset) {
		StringBuilder text = new StringBuilder(32 * (points.size() + 1));
		StringJoiner header = new StringJoiner(";");
		for (Column column : Column.values()) {
			if (rules.uses(column)) {
				header.add(column.templateHeader());
			}
		}
		text.append(header).append("\r\n");
		for (SeriesPoint point : points) {
			text.append(Dates.danish(point.periodStart())).append(';').append(Numbers.danish(point.value()));
			if (rules.uses(Column.DENOMINATOR)) {
				text.append(';').append(Numbers.danish(point.denominator()));
			}
			text.append(';').append(point.children() == null ? "" : point.children().toString());
			text.append(';').append(point.baseline() ? "ja" : "");
			text.append(';').append(point.phaseStart() ? "ja" : "").append("\r\n");
		}
		byte[] body = text.toString().getBytes(charset);
		if (!StandardCharsets.UTF_8.equals(charset)) {
			return body;
		}
		byte[] withBom = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(body, 0, withBom, BOM.length, body.length);
		return withBom;
	}
}
