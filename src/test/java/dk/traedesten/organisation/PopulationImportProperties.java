package dk.traedesten.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PopulationImportProperties {

	/** A way to spoil one row, and the reason the import must give for it. */
	enum Corruption {

		UNKNOWN_MUNICIPALITY("unknown-municipality", cells -> replace(cells, 0, "Xby")),
		NOT_A_NUMBER("not-whole-number", cells -> replace(cells, cells.size() - 1, "12a")),
		DECIMAL("not-whole-number", cells -> replace(cells, cells.size() - 1, "12,5")),
		NEGATIVE("negative", cells -> replace(cells, cells.size() - 1, "-7")),
		TOO_LARGE("too-large", cells -> replace(cells, cells.size() - 1, "3000000")),
		NO_POPULATION("missing-population", cells -> replace(cells, cells.size() - 1, "")),
		MISSING_COLUMN("missing-column", cells -> cells.subList(0, cells.size() - 1));

		final String reason;

		final UnaryOperator<List<String>> corrupt;

		Corruption(String reason, UnaryOperator<List<String>> corrupt) {
			this.reason = reason;
			this.corrupt = corrupt;
		}

		private static List<String> replace(List<String> cells, int column, String value) {
			List<String> changed = new ArrayList<>(cells);
			changed.set(column, value);
			return changed;
		}
	}

	@Property
	void readsBackEveryFigureWhateverTheDialect(@ForAll("files") PopulationFile file) {
		PopulationFile.Written written = file.write();
		PopulationImport.Result result = PopulationImport.read(written.bytes(), ReferenceMunicipalities.NAMES,
				written.formYear());
		assertThat(result.problems()).isEmpty();
		assertThat(result.figures()).isEqualTo(file.figures());
	}

	@Property
	void namesASingleSpoiledRowByItsLineAndAcceptsNothing(@ForAll("files") PopulationFile file,
			@ForAll Corruption corruption, @ForAll("indexes") int index) {
		int row = index % file.figures().size();
		if (corruption == Corruption.MISSING_COLUMN && row == 0
				&& file.dialect().layout() == PopulationFile.Layout.NO_HEADER) {
			// Without a header, single-cell lines above the first full row are taken for Statbank's title lines.
			row = file.figures().size() == 1 ? -1 : 1;
		}
		if (row < 0) {
			return;
		}
		PopulationFile.Written written = file.write(row, corruption.corrupt);
		PopulationImport.Result result = PopulationImport.read(written.bytes(), ReferenceMunicipalities.NAMES,
				written.formYear());
		assertThat(result.figures()).isEmpty();
		assertThat(result.problems()).hasSize(1);
		assertThat(result.problems().get(0).line()).isEqualTo(written.dataLines().get(row));
		assertThat(result.problems().get(0).reason()).isEqualTo(corruption.reason);
	}

	@Provide
	Arbitrary<Integer> indexes() {
		return Arbitraries.integers().between(0, 1000);
	}

	@Provide
	Arbitrary<PopulationFile> files() {
		Arbitrary<PopulationFile.Dialect> dialects = Combinators.combine(Arbitraries.of(';', ',', '\t'),
				Arbitraries.of(PopulationFile.Encoding.class), Arbitraries.of("\n", "\r\n"),
				Arbitraries.of(PopulationFile.Layout.class), Arbitraries.of(PopulationFile.Naming.class),
				Arbitraries.of(PopulationFile.Grouping.class))
			.as(PopulationFile.Dialect::new);
		Arbitrary<List<Integer>> codes = Arbitraries.of(ReferenceMunicipalities.BY_CODE.keySet())
			.list().uniqueElements().ofMinSize(1).ofMaxSize(98);
		Arbitrary<List<Integer>> populations = Arbitraries.integers().between(0, 2_000_000).list().ofSize(98);
		Arbitrary<Integer> years = Arbitraries.integers().between(1970, 2100);
		Arbitrary<List<PopulationFigure>> figures = Combinators.combine(codes, populations, years)
			.as((chosen, numbers, year) -> {
				List<PopulationFigure> list = new ArrayList<>();
				for (int i = 0; i < chosen.size(); i++) {
					list.add(new PopulationFigure(chosen.get(i), year, numbers.get(i)));
				}
				return list;
			});
		return Combinators.combine(dialects, figures).as(PopulationFile::new);
	}
}
