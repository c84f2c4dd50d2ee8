package dk.traedesten.events.invoicing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import dk.traedesten.events.Invoice;

/**
 * The event's invoices and credit notes for the finance system: semicolon-separated, UTF-8 with a byte order mark so
 * that Danish Excel opens it with æ, ø and å, decimal comma, one row per document. A credit note's amounts are
 * negative, so a column's sum is what is owed.
 */
public final class InvoiceCsv {

	private static final String BOM = "\uFEFF";

	private InvoiceCsv() {
	}

	/**
	 * @param headers the 14 column headings in the reader's language
	 * @param kind the document kind as the reader says it ("Faktura", "Kreditnota")
	 */
	public static byte[] write(List<Invoice> invoices, List<String> headers, Function<Invoice, String> kind) {
		if (headers.size() != 14) {
			throw new IllegalArgumentException("the export has 14 columns");
		}
		StringBuilder csv = new StringBuilder(BOM);
		row(csv, headers);
		for (Invoice invoice : invoices) {
			int sign = invoice.creditNote() ? -1 : 1;
			row(csv, List.of(String.valueOf(invoice.number()), kind.apply(invoice),
					invoice.creditsNumber() == null ? "" : String.valueOf(invoice.creditsNumber()),
					invoice.issuedOn().toString(), invoice.buyerName(),
					invoice.municipalityCode() == null ? "" : String.valueOf(invoice.municipalityCode()),
					invoice.buyerEan() == null ? "" : invoice.buyerEan(), String.valueOf(invoice.quantity()),
					kroner(invoice.unitPriceOre()), kroner(sign * invoice.netOre()),
					String.valueOf(invoice.discountPercent()), kroner(sign * invoice.discountOre()),
					kroner(sign * invoice.vatOre()), kroner(sign * invoice.totalOre())));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Øre as kroner with a decimal comma and no thousands separator ("-24069,38"). */
	static String kroner(long ore) {
		String sign = ore < 0 ? "-" : "";
		long abs = Math.abs(ore);
		return sign + (abs / 100) + "," + String.format("%02d", abs % 100);
	}

	private static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/** Quoted when the text holds the separator, a quote or a line break; a leading formula sign is defused. */
	static String cell(String text) {
		String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-\\d+(,\\d+)?")
				? "'" + text : text;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
