package dk.traedesten.trials.followup.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialDecision;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.followup.Agreements;
import dk.traedesten.trials.followup.EffectDirection;
import dk.traedesten.trials.followup.FollowUpAccess;
import dk.traedesten.trials.followup.ReportKind;
import dk.traedesten.trials.followup.ReportPdf;
import dk.traedesten.trials.followup.ReportRules;
import dk.traedesten.trials.followup.TrialReport;
import dk.traedesten.trials.followup.TrialReports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The status report (written while the trial runs) and the evaluation (after the status): a draft is saved, then
 * submitted, which moves the trial on. Both read as a page and as a PDF. The coordinator closes an evaluated
 * trial with the decision.
 */
@Controller
@PreAuthorize("isAuthenticated() and principal.municipalityCode() != null")
class ReportController {

	private final FollowUpAccess access;

	private final TrialReports reports;

	private final Agreements agreements;

	private final ReportPdf pdf;

	private final FollowUpModel page;

	ReportController(FollowUpAccess access, TrialReports reports, Agreements agreements, ReportPdf pdf,
			FollowUpModel page) {
		this.access = access;
		this.reports = reports;
		this.agreements = agreements;
		this.pdf = pdf;
		this.page = page;
	}

	@GetMapping("/proevehandlinger/{id}/status")
	String status(@PathVariable UUID id, Model model) {
		return show(id, ReportKind.STATUS, model);
	}

	@PostMapping("/proevehandlinger/{id}/status")
	String saveStatus(@PathVariable UUID id, @ModelAttribute("report") ReportForm form, BindingResult errors,
			@RequestParam(required = false) String submit, Model model) {
		return save(id, ReportKind.STATUS, form, errors, submit != null, model);
	}

	@GetMapping("/proevehandlinger/{id}/status.pdf")
	ResponseEntity<byte[]> statusPdf(@PathVariable UUID id, Locale locale) {
		return pdf(id, ReportKind.STATUS, locale);
	}

	@GetMapping("/proevehandlinger/{id}/evaluering")
	String evaluation(@PathVariable UUID id, Model model) {
		return show(id, ReportKind.EVALUATION, model);
	}

	@PostMapping("/proevehandlinger/{id}/evaluering")
	String saveEvaluation(@PathVariable UUID id, @ModelAttribute("report") ReportForm form, BindingResult errors,
			@RequestParam(required = false) String submit, Model model) {
		return save(id, ReportKind.EVALUATION, form, errors, submit != null, model);
	}

	@GetMapping("/proevehandlinger/{id}/evaluering.pdf")
	ResponseEntity<byte[]> evaluationPdf(@PathVariable UUID id, Locale locale) {
		return pdf(id, ReportKind.EVALUATION, locale);
	}

	@PostMapping("/proevehandlinger/{id}/evaluering/afslut")
	String close(@PathVariable UUID id, @RequestParam(required = false) TrialDecision decision,
			@RequestParam(defaultValue = "") String reason, Model model) {
		FollowUpAccess.Viewer viewer = access.coordinate(id);
		if (viewer.trial().state() != TrialState.EVALUATED) {
			throw new NotOpenException();
		}
		if (decision == null || dk.traedesten.trials.CprNumbers.containsCpr(reason)) {
			model.addAttribute("closeError", decision == null ? "trial-followup.close.error.decision-required"
					: "trials.cpr.refused");
			return view(viewer, ReportKind.EVALUATION, existingForm(viewer, ReportKind.EVALUATION), model);
		}
		reports.close(viewer.trial(), decision, reason, FollowUpAccess.actor());
		return "redirect:/proevehandlinger/" + id + "/evaluering?afsluttet";
	}

	private String show(UUID id, ReportKind kind, Model model) {
		FollowUpAccess.Viewer viewer = readable(id, kind);
		return view(viewer, kind, existingForm(viewer, kind), model);
	}

	private String save(UUID id, ReportKind kind, ReportForm form, BindingResult errors, boolean submit, Model model) {
		FollowUpAccess.Viewer viewer = access.work(id);
		if (!writable(viewer, kind)) {
			throw new NotOpenException();
		}
		TrialReport report = form.toReport(kind);
		(submit ? ReportRules.forSubmission(report) : ReportRules.forDraft(report))
			.forEach(problem -> errors.rejectValue(problem.field(), problem.code()));
		if (errors.hasErrors()) {
			return view(viewer, kind, form, model);
		}
		if (submit) {
			reports.submit(viewer.trial(), report, FollowUpAccess.actor());
		}
		else {
			reports.saveDraft(viewer.trial(), report);
		}
		return "redirect:/proevehandlinger/" + id + "/" + path(kind) + (submit ? "?indsendt" : "?gemt");
	}

	private ResponseEntity<byte[]> pdf(UUID id, ReportKind kind, Locale locale) {
		FollowUpAccess.Viewer viewer = readable(id, kind);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("trial", viewer.trial());
		model.put("kind", kind);
		model.put("report", reports.find(id, kind).orElse(TrialReport.empty(kind)));
		model.put("agreement", agreements.find(id).orElse(null));
		model.put("outcomes", Outcome.values());
		byte[] document = pdf.render(model, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(path(kind) + ".pdf").build().toString())
			.body(document);
	}

	/** The status report exists from the start on; the evaluation once the status is in. */
	private FollowUpAccess.Viewer readable(UUID id, ReportKind kind) {
		FollowUpAccess.Viewer viewer = access.read(id);
		TrialState from = kind == ReportKind.STATUS ? TrialState.RUNNING : TrialState.STATUS_REPORTED;
		if (viewer.trial().state().ordinal() < from.ordinal()) {
			throw new NotOpenException();
		}
		return viewer;
	}

	private static boolean writable(FollowUpAccess.Viewer viewer, ReportKind kind) {
		return viewer.works() && viewer.trial().state() == (kind == ReportKind.STATUS ? TrialState.RUNNING
				: TrialState.STATUS_REPORTED);
	}

	private ReportForm existingForm(FollowUpAccess.Viewer viewer, ReportKind kind) {
		return reports.find(viewer.trialId(), kind).map(ReportForm::of).orElseGet(ReportForm::new);
	}

	private String view(FollowUpAccess.Viewer viewer, ReportKind kind, ReportForm form, Model model) {
		page.add(model, viewer);
		TrialReport stored = reports.find(viewer.trialId(), kind).orElse(null);
		model.addAttribute("kind", kind);
		model.addAttribute("path", path(kind));
		model.addAttribute("stored", stored);
		model.addAttribute("report", form);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("directions", EffectDirection.values());
		model.addAttribute("decisions", TrialDecision.values());
		model.addAttribute("canWrite", writable(viewer, kind));
		model.addAttribute("canClose", kind == ReportKind.EVALUATION && viewer.coordinates()
				&& viewer.trial().state() == TrialState.EVALUATED);
		return "trials/followup/report";
	}

	private static String path(ReportKind kind) {
		return kind == ReportKind.STATUS ? "status" : "evaluering";
	}
}
