package dk.traedesten.measures.data;

import java.time.LocalDate;

/** A date as Danish offices write it: {@code 24-09-2021}. */
public final class Dates {

	private Dates() {
	}

	public static String danish(LocalDate date) {
		if (date == null) {
			return "";
		}
		char[] text = { digit(date.getDayOfMonth() / 10), digit(date.getDayOfMonth() % 10), '-',
				digit(date.getMonthValue() / 10), digit(date.getMonthValue() % 10), '-' };
		return new String(text) + date.getYear();
	}

	private static char digit(int value) {
		return (char) ('0' + value);
	}
}
