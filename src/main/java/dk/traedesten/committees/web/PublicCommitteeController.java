package dk.traedesten.committees.web;

import java.util.List;
import java.util.UUID;

import dk.traedesten.committees.AgendaItem;
import dk.traedesten.committees.Committee;
import dk.traedesten.committees.CommitteeNotFoundException;
import dk.traedesten.committees.Meeting;
import dk.traedesten.committees.CommitteeFollowUps;
import dk.traedesten.committees.ItemPapers;
import dk.traedesten.committees.PublicAgendas;
import dk.traedesten.platform.tenancy.TenantScope;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public committee pages, open without signing in: committees, their published meetings, the agenda with its
 * decisions once the minutes are out, each item, its files, and the Danish full-text search. Everything is read
 * through {@link PublicAgendas}, which sees published rows only.
 */
@Controller
@PreAuthorize(CommitteeGuards.PUBLIC)
class PublicCommitteeController {

	static final int SEARCH_LIMIT = 50;

	private final PublicAgendas agendas;

	private final ItemPapers papers;

	private final CommitteeFollowUps followUps;

	PublicCommitteeController(PublicAgendas agendas, ItemPapers papers, CommitteeFollowUps followUps) {
		this.agendas = agendas;
		this.papers = papers;
		this.followUps = followUps;
	}

	@GetMapping("/udvalg")
	String committees(Model model) {
		model.addAttribute("committees", agendas.committees());
		return "committees/committees";
	}

	@GetMapping("/udvalg/{id}")
	String committee(@PathVariable UUID id, Model model) {
		Committee committee = agendas.committee(id).orElseThrow(CommitteeNotFoundException::new);
		model.addAttribute("committee", committee);
		model.addAttribute("members", agendas.members(id));
		model.addAttribute("meetings", agendas.meetings(id));
		return "committees/committee";
	}

	@GetMapping("/udvalg/moeder/{id}")
	String meeting(@PathVariable UUID id, Model model) {
		Meeting meeting = agendas.meeting(id).orElseThrow(CommitteeNotFoundException::new);
		model.addAttribute("meeting", meeting);
		model.addAttribute("committee", agendas.committee(meeting.committeeId()).orElseThrow(CommitteeNotFoundException::new));
		model.addAttribute("items", agendas.items(id));
		return "committees/meeting";
	}

	@GetMapping("/udvalg/punkter/{id}")
	String item(@PathVariable UUID id, Model model) {
		AgendaItem item = agendas.item(id).orElseThrow(CommitteeNotFoundException::new);
		Meeting meeting = agendas.meeting(item.meetingId()).orElseThrow(CommitteeNotFoundException::new);
		model.addAttribute("item", item);
		model.addAttribute("meeting", meeting);
		model.addAttribute("voting", agendas.voting(id));
		Committee committee = agendas.committee(meeting.committeeId()).orElseThrow(CommitteeNotFoundException::new);
		model.addAttribute("committee", committee);
		model.addAttribute("papers", papers.published(id));
		// Follow-ups are the municipality's own business: shown to its signed-in people only, never to the public, and
		// not on a closed item, whose content stays behind closed doors (the committee's follow-up page has them).
		boolean own = item.open() && Integer.valueOf(committee.municipalityCode()).equals(TenantScope.current().municipalityCode());
		model.addAttribute("followUps", own ? followUps.ofItem(id) : java.util.List.of());
		model.addAttribute("today", followUps.today());
		return "committees/item";
	}

	@GetMapping("/udvalg/bilag/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id) {
		return Downloads.of(agendas.attachment(id).orElseThrow(CommitteeNotFoundException::new));
	}

	@GetMapping("/udvalg/soeg")
	String search(@RequestParam(name = "q", required = false) String words, Model model) {
		List<PublicAgendas.SearchHit> hits = agendas.search(words, SEARCH_LIMIT);
		model.addAttribute("words", words == null ? "" : words);
		model.addAttribute("hits", hits);
		model.addAttribute("searched", words != null && !words.isBlank());
		return "committees/search";
	}
}
