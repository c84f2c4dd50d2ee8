package dk.traedesten.organisation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** What the population import form sends: the file, the year when the file names none, and the source. */
record PopulationImportForm(MultipartFile file,
		@Min(value = 1970, message = "{organisation.population.error.year-range}")
		@Max(value = 2100, message = "{organisation.population.error.year-range}") Integer year,
		@NotBlank(message = "{organisation.population.error.source-required}")
		@Size(max = 200, message = "{organisation.error.too-long}") String source) {

	static final String STATBANK = "Danmarks Statistik, FOLK1A";

	static PopulationImportForm empty() {
		return new PopulationImportForm(null, null, STATBANK);
	}
}
