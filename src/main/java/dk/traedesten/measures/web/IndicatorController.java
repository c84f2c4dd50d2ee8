package dk.traedesten.measures.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.IndicatorTemplate;
import dk.traedesten.measures.Indicators;
import dk.traedesten.measures.MeasureAccess;
import dk.traedesten.measures.SeriesNotFoundException;
import dk.traedesten.spc.ChartType;
import dk.traedesten.trials.TrialAccess;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The municipality's indicators: everyone in it reads the list; the strategy coordinator makes them from a ready
 * template (names and descriptions from the bundle, in the language the coordinator works in) or from scratch,
 * and edits them.
 */
@Controller
@PreAuthorize(MeasureGuards.MUNICIPAL)
class IndicatorController {

	private final Indicators indicators;

	private final MeasureAccess access;

	private final MessageSource messages;

	IndicatorController(Indicators indicators, MeasureAccess access, MessageSource messages) {
		this.indicators = indicators;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/maalinger/indikatorer")
	String list(Model model) {
		model.addAttribute("indicators", indicators.all());
		model.addAttribute("canManage", access.canManageIndicators());
		return "measures/indicators";
	}

	@GetMapping("/maalinger/indikatorer/ny")
	@PreAuthorize(MeasureGuards.INDICATORS)
	String createForm(Model model) {
		return createPage(new IndicatorForm(), new TemplateForm(), model);
	}

	@PostMapping("/maalinger/indikatorer/ny")
	@PreAuthorize(MeasureGuards.INDICATORS)
	String create(@ModelAttribute("indicator") IndicatorForm form, BindingResult errors, Model model) {
		if (form.validate(errors)) {
			try {
				indicators.add(form.toIndicator(null, municipality(), null));
				return "redirect:/maalinger/indikatorer?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("name", "measures.indicator.error.name-taken", new Object[] { form.getName().strip() },
						null);
			}
		}
		return createPage(form, new TemplateForm(), model);
	}

	@PostMapping("/maalinger/indikatorer/skabelon")
	@PreAuthorize(MeasureGuards.INDICATORS)
	String fromTemplate(@ModelAttribute("templateChoice") TemplateForm form, BindingResult errors, Model model,
			Locale locale) {
		IndicatorTemplate template = form.getTemplate();
		if (template == null) {
			errors.rejectValue("template", "measures.indicator.error.template-required");
			return createPage(new IndicatorForm(), form, model);
		}
		String name = text(template, "name", locale);
		try {
			indicators.add(new Indicator(null, municipality(), name, text(template, "description", locale),
					template.kind(), template.direction(), text(template, "unit", locale), null, template));
			return "redirect:/maalinger/indikatorer?gemt";
		}
		catch (DuplicateKeyException ex) {
			errors.rejectValue("template", "measures.indicator.error.name-taken", new Object[] { name }, null);
			return createPage(new IndicatorForm(), form, model);
		}
	}

	@GetMapping("/maalinger/indikatorer/{id}/rediger")
	@PreAuthorize(MeasureGuards.INDICATORS)
	String editForm(@PathVariable UUID id, Model model) {
		Indicator indicator = indicators.find(id).orElseThrow(SeriesNotFoundException::new);
		return editPage(indicator, IndicatorForm.of(indicator), model);
	}

	@PostMapping("/maalinger/indikatorer/{id}/rediger")
	@PreAuthorize(MeasureGuards.INDICATORS)
	String edit(@PathVariable UUID id, @ModelAttribute("indicator") IndicatorForm form, BindingResult errors,
			Model model) {
		Indicator existing = indicators.find(id).orElseThrow(SeriesNotFoundException::new);
		boolean valid = form.validate(errors);
		if (form.getKind() != null && form.getKind() != existing.kind() && indicators.seriesCount(id) > 0) {
			// The points of its series were entered as the old kind (a numerator, a mean): they would change meaning.
			errors.rejectValue("kind", "measures.indicator.error.kind-in-use");
			valid = false;
		}
		if (valid) {
			try {
				indicators.update(form.toIndicator(id, existing.municipalityCode(), existing.template()));
				return "redirect:/maalinger/indikatorer?gemt";
			}
			catch (DuplicateKeyException ex) {
				errors.rejectValue("name", "measures.indicator.error.name-taken", new Object[] { form.getName().strip() },
						null);
			}
		}
		return editPage(existing, form, model);
	}

	private String createPage(IndicatorForm form, TemplateForm templateForm, Model model) {
		Set<IndicatorTemplate> made = indicators.all()
			.stream()
			.map(Indicator::template)
			.filter(template -> template != null)
			.collect(Collectors.toSet());
		// A template just refused (its name taken) stays on offer, so its error shows at it.
		model.addAttribute("templates", Arrays.stream(IndicatorTemplate.values())
			.filter(template -> !made.contains(template) || template == templateForm.getTemplate())
			.toList());
		model.addAttribute("templateChoice", templateForm);
		return formPage(null, form, model);
	}

	private String editPage(Indicator existing, IndicatorForm form, Model model) {
		model.addAttribute("seriesCount", indicators.seriesCount(existing.id()));
		return formPage(existing, form, model);
	}

	private String formPage(Indicator existing, IndicatorForm form, Model model) {
		model.addAttribute("existing", existing);
		model.addAttribute("indicator", form);
		model.addAttribute("kinds", IndicatorKind.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("charts", List.of(ChartType.values()));
		return "measures/indicator-form";
	}

	private String text(IndicatorTemplate template, String part, Locale locale) {
		return messages.getMessage("indicator.template." + template.name() + "." + part, null, locale);
	}

	private static int municipality() {
		return TrialAccess.signedInUser().municipalityCode();
	}
}
