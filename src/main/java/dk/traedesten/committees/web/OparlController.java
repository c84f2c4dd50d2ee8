package dk.traedesten.committees.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import dk.traedesten.committees.CommitteeNotFoundException;
import dk.traedesten.committees.ItemPapers;
import dk.traedesten.committees.ItemPapers.PublicPaper;
import dk.traedesten.committees.PublicRecords;
import dk.traedesten.committees.PublicRecords.PublicCommittee;
import dk.traedesten.committees.PublicRecords.PublicFile;
import dk.traedesten.committees.PublicRecords.PublicItem;
import dk.traedesten.committees.PublicRecords.PublicMeeting;
import dk.traedesten.committees.PublicRecords.PublicMember;
import dk.traedesten.organisation.Municipality;
import dk.traedesten.organisation.OrganisationDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The OParl 1.1 read API over the published committee records (decision 0012): anonymous and read-only, built on
 * {@link PublicRecords} alone, so closed items show their title only and nothing unpublished appears.
 */
@RestController
@PreAuthorize(CommitteeGuards.PUBLIC)
// OParl asks every server to let web clients of other origins read it; nothing here depends on who asks.
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
@RequestMapping(path = OparlObjects.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class OparlController {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_LIMIT = 100;

	private final PublicRecords records;

	private final OrganisationDirectory directory;

	private final OparlObjects objects;

	private final ItemPapers papers;

	OparlController(PublicRecords records, OrganisationDirectory directory, MessageSource messages,
			@Value("${traedesten.base-url:http://localhost:8080}") String baseUrl, ItemPapers papers) {
		this.papers = papers;
		this.records = records;
		this.directory = directory;
		this.objects = new OparlObjects(baseUrl, messages);
	}

	@GetMapping
	Map<String, Object> system() {
		return objects.system();
	}

	@GetMapping("/body")
	Map<String, Object> bodies(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		List<Map<String, Object>> all = records.municipalities().stream().map(this::bodyObject).toList();
		return page(objects.api() + "/body", all, null, page, limit);
	}

	@GetMapping("/body/{code}")
	Map<String, Object> body(@PathVariable int code) {
		return bodyObject(knownBody(code));
	}

	@GetMapping("/body/{code}/organization")
	Map<String, Object> organizations(@PathVariable int code, @RequestParam(name = "modified_since", required = false) String since,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		OffsetDateTime after = since(since);
		List<PublicMember> members = records.members(knownBody(code));
		List<Map<String, Object>> all = records.committees(code).stream()
			.filter(c -> after == null || c.created().isAfter(after))
			.map(c -> objects.organization(c, membersOf(members, c.id())))
			.toList();
		return page(objects.bodyUrl(code) + "/organization", all, since, page, limit);
	}

	/** Members carry no time stamps, so {@code modified_since} cannot narrow them: every seat is listed (0012). */
	@GetMapping("/body/{code}/person")
	Map<String, Object> persons(@PathVariable int code, @RequestParam(name = "modified_since", required = false) String since,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		since(since);
		List<Map<String, Object>> all = records.members(knownBody(code)).stream().map(objects::person).toList();
		return page(objects.bodyUrl(code) + "/person", all, since, page, limit);
	}

	@GetMapping("/body/{code}/membership")
	Map<String, Object> memberships(@PathVariable int code, @RequestParam(name = "modified_since", required = false) String since,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		since(since);
		List<Map<String, Object>> all = records.members(knownBody(code)).stream().map(objects::membership).toList();
		return page(objects.bodyUrl(code) + "/membership", all, since, page, limit);
	}

	@GetMapping("/body/{code}/meeting")
	Map<String, Object> meetings(@PathVariable int code, @RequestParam(name = "modified_since", required = false) String since,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		OffsetDateTime after = since(since);
		List<PublicItem> items = records.items(knownBody(code), null);
		List<PublicFile> files = records.files(code, null);
		Map<UUID, String> names = committeeNames(code);
		List<Map<String, Object>> all = records.meetings(code, after).stream()
			.map(m -> objects.meeting(m, names.get(m.committeeId()), itemsOf(items, m.id()), files))
			.toList();
		return page(objects.bodyUrl(code) + "/meeting", withTombstones(all, code, "Meeting", after), since, page, limit);
	}

	@GetMapping("/body/{code}/agendaItem")
	Map<String, Object> agendaItems(@PathVariable int code, @RequestParam(name = "modified_since", required = false) String since,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		List<PublicFile> files = records.files(knownBody(code), null);
		OffsetDateTime after = since(since);
		List<Map<String, Object>> all = records.items(code, after).stream()
			.map(i -> objects.agendaItem(i, files))
			.toList();
		return page(objects.bodyUrl(code) + "/agendaItem", withTombstones(all, code, "AgendaItem", after), since, page,
				limit);
	}

	@GetMapping("/body/{code}/paper")
	Map<String, Object> papers(@PathVariable int code, @RequestParam(name = "modified_since", required = false) String since,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		return itemList(code, "paper", objects::paper, objects::paper, since, page, limit);
	}

	@GetMapping("/body/{code}/consultation")
	Map<String, Object> consultations(@PathVariable int code,
			@RequestParam(name = "modified_since", required = false) String since,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		return itemList(code, "consultation", objects::consultation, objects::consultation, since, page, limit);
	}

	@GetMapping("/body/{code}/file")
	Map<String, Object> files(@PathVariable int code, @RequestParam(name = "modified_since", required = false) String since,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		OffsetDateTime after = since(since);
		List<Map<String, Object>> all = records.files(knownBody(code), after).stream().map(objects::file).toList();
		return page(objects.bodyUrl(code) + "/file", withTombstones(all, code, "File", after), since, page, limit);
	}

	@GetMapping("/organization/{id}")
	Map<String, Object> organization(@PathVariable UUID id) {
		PublicCommittee committee = records.committee(id).orElseThrow(CommitteeNotFoundException::new);
		return objects.organization(committee, membersOf(records.members(committee.municipalityCode()), id));
	}

	@GetMapping("/person/{id}")
	Map<String, Object> person(@PathVariable UUID id) {
		return objects.person(records.member(id).orElseThrow(CommitteeNotFoundException::new));
	}

	@GetMapping("/membership/{id}")
	Map<String, Object> membership(@PathVariable UUID id) {
		return objects.membership(records.member(id).orElseThrow(CommitteeNotFoundException::new));
	}

	@GetMapping("/meeting/{id}")
	Map<String, Object> meeting(@PathVariable UUID id) {
		PublicMeeting meeting = records.meeting(id).orElse(null);
		if (meeting == null) {
			return gone("Meeting", id);
		}
		int code = meeting.municipalityCode();
		return objects.meeting(meeting, committeeNames(code).get(meeting.committeeId()),
				itemsOf(records.items(code, null), id), records.files(code, null));
	}

	@GetMapping("/agendaItem/{id}")
	Map<String, Object> agendaItem(@PathVariable UUID id) {
		PublicItem item = records.item(id).orElse(null);
		if (item == null) {
			return gone("AgendaItem", id);
		}
		return objects.agendaItem(item, records.files(item.municipalityCode(), null));
	}

	// An id is either an item's own case or one of the further cases it treats (V033).
	@GetMapping("/paper/{id}")
	Map<String, Object> paper(@PathVariable UUID id) {
		return itemPaper(id).map(objects::paper).orElseGet(() -> papers.publicPaper(id).map(objects::paper)
			.orElseGet(() -> gone("Paper", id)));
	}

	@GetMapping("/consultation/{id}")
	Map<String, Object> consultation(@PathVariable UUID id) {
		return itemPaper(id).map(objects::consultation).orElseGet(() -> papers.publicPaper(id)
			.map(objects::consultation).orElseGet(() -> gone("Consultation", id)));
	}

	@GetMapping("/file/{id}")
	Map<String, Object> file(@PathVariable UUID id) {
		return records.file(id).map(objects::file).orElseGet(() -> gone("File", id));
	}

	private Map<String, Object> itemList(int code, String kind, Function<PublicItem, Map<String, Object>> toObject,
			Function<PublicPaper, Map<String, Object>> furtherToObject, String since, Integer page, Integer limit) {
		OffsetDateTime after = since(since);
		List<Map<String, Object>> all = new java.util.ArrayList<>(records.items(knownBody(code), after).stream()
			.filter(OparlObjects::hasPaper)
			.map(toObject)
			.toList());
		papers.publicPapers(code, after).stream().map(furtherToObject).forEach(all::add);
		String type = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
		return page(objects.bodyUrl(code) + "/" + kind, withTombstones(all, code, type, after), since, page, limit);
	}

	private java.util.Optional<PublicItem> itemPaper(UUID id) {
		return records.item(id).filter(OparlObjects::hasPaper);
	}

	/**
	 * A removed object answers at its URL as a tombstone, with 200 (OParl 1.1, "Gelöschte Objekte"; decision 0018);
	 * what never was public stays 404.
	 */
	private Map<String, Object> gone(String type, UUID id) {
		return records.tombstone(type, id).map(objects::tombstone).orElseThrow(CommitteeNotFoundException::new);
	}

	/** A list asked for with modified_since also names what was removed since then; a full list leaves it out. */
	private List<Map<String, Object>> withTombstones(List<Map<String, Object>> live, int code, String type,
			OffsetDateTime after) {
		if (after == null) {
			return live;
		}
		List<Map<String, Object>> all = new java.util.ArrayList<>(live);
		records.tombstones(code, type, after).stream().map(objects::tombstone).forEach(all::add);
		return all;
	}

	private Map<String, Object> bodyObject(int code) {
		return objects.body(code, directory.municipality(code).map(Municipality::name).orElse(String.valueOf(code)));
	}

	private int knownBody(int code) {
		if (!records.municipalities().contains(code)) {
			throw new CommitteeNotFoundException();
		}
		return code;
	}

	private Map<UUID, String> committeeNames(int code) {
		Map<UUID, String> names = new LinkedHashMap<>();
		records.committees(code).forEach(c -> names.put(c.id(), c.name()));
		return names;
	}

	private static List<PublicMember> membersOf(List<PublicMember> members, UUID committee) {
		return members.stream().filter(m -> m.committeeId().equals(committee)).toList();
	}

	private static List<PublicItem> itemsOf(List<PublicItem> items, UUID meeting) {
		return items.stream().filter(i -> i.meetingId().equals(meeting)).toList();
	}

	private static OffsetDateTime since(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "modified_since");
		}
	}

	/** One page of a list as OParl pages it: the objects, where this page stands, and links to the others. */
	private static Map<String, Object> page(String listUrl, List<Map<String, Object>> all, String since, Integer page,
			Integer limit) {
		int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
		int pages = Math.max(1, (all.size() + size - 1) / size);
		int current = page == null ? 1 : Math.max(1, Math.min(page, pages));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("data", all.subList(Math.min(all.size(), (current - 1) * size), Math.min(all.size(), current * size)));
		result.put("pagination", Map.of("totalElements", all.size(), "elementsPerPage", size, "currentPage", current,
				"totalPages", pages));
		Map<String, Object> links = new LinkedHashMap<>();
		links.put("first", link(listUrl, since, limit, 1));
		if (current > 1) {
			links.put("prev", link(listUrl, since, limit, current - 1));
		}
		links.put("self", link(listUrl, since, limit, current));
		if (current < pages) {
			links.put("next", link(listUrl, since, limit, current + 1));
		}
		links.put("last", link(listUrl, since, limit, pages));
		result.put("links", links);
		return result;
	}

	private static String link(String listUrl, String since, Integer limit, int page) {
		// Encoded by hand: a time's "+01:00" left as it is would come back as a space.
		StringBuilder uri = new StringBuilder(listUrl).append('?');
		if (since != null && !since.isBlank()) {
			uri.append("modified_since=").append(URLEncoder.encode(since.strip(), StandardCharsets.UTF_8)).append('&');
		}
		if (limit != null) {
			uri.append("limit=").append(limit).append('&');
		}
		return uri.append("page=").append(page).toString();
	}
}
