package dk.traedesten.audit.web;

import java.time.LocalDate;

import dk.traedesten.audit.AuditQuery;
import dk.traedesten.audit.AuditTrail;
import dk.traedesten.platform.web.PageOrFragment;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators, filtered by kind of data, person, operation and period. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PLATFORM_ADMINISTRATOR')")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/administration/revisionsspor")
	String browse(@RequestParam(required = false) String table, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String operation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, HtmxRequest htmx, Model model) {
		AuditQuery query = new AuditQuery(table, actor, operation, from, to, page);
		model.addAttribute("query", query);
		model.addAttribute("result", trail.find(query));
		model.addAttribute("tables", trail.tableNames());
		model.addAttribute("operations", java.util.List.of("INSERT", "UPDATE", "DELETE"));
		return PageOrFragment.view(htmx, "audit/trail", "results");
	}
}
