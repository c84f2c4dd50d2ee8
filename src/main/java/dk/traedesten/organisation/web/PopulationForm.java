package dk.traedesten.organisation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record PopulationForm(
		@NotNull(message = "{organisation.population.error.year-required}")
		@Min(value = 1970, message = "{organisation.population.error.year-range}")
		@Max(value = 2100, message = "{organisation.population.error.year-range}") Integer year,
		@NotNull(message = "{organisation.population.error.population-required}")
		@Min(value = 0, message = "{organisation.population.error.population-negative}")
		@Max(value = 2_000_000, message = "{organisation.population.error.population-too-large}") Integer population,
		@NotBlank(message = "{organisation.population.error.source-required}")
		@Size(max = 200, message = "{organisation.error.too-long}") String source) {
}
