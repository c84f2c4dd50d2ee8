package dk.traedesten.committees.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.committees.ItemPapers.PublicPaper;
import dk.traedesten.committees.MeetingState;
import dk.traedesten.committees.PublicRecords.PublicCommittee;
import dk.traedesten.committees.PublicRecords.PublicFile;
import dk.traedesten.committees.PublicRecords.PublicItem;
import dk.traedesten.committees.PublicRecords.PublicMeeting;
import dk.traedesten.committees.PublicRecords.PublicMember;
import dk.traedesten.committees.PublicRecords.Tombstone;

import org.springframework.context.MessageSource;

/**
 * The OParl 1.1 objects as JSON-ready maps (Jackson writes them). Every reference is an absolute URL under the
 * configured base, so a client can follow it; the words in values come from the Danish bundle.
 */
final class OparlObjects {

	static final String PATH = "/oparl/v1.1";

	static final String SCHEMA = "https://schema.oparl.org/1.1/";

	private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final String site;

	private final String api;

	private final MessageSource messages;

	OparlObjects(String baseUrl, MessageSource messages) {
		this.site = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.api = site + PATH;
		this.messages = messages;
	}

	String api() {
		return api;
	}

	String url(String kind, UUID id) {
		return api + "/" + kind + "/" + id;
	}

	String bodyUrl(int code) {
		return api + "/body/" + code;
	}

	Map<String, Object> system() {
		Map<String, Object> o = object(api, "System");
		o.put("oparlVersion", SCHEMA);
		o.put("name", text("oparl.system.name"));
		o.put("body", api + "/body");
		o.put("website", site + "/udvalg");
		return o;
	}

	Map<String, Object> body(int code, String municipalityName) {
		String id = bodyUrl(code);
		Map<String, Object> o = object(id, "Body");
		o.put("system", api);
		o.put("shortName", municipalityName);
		o.put("name", municipalityName + " " + text("layout.municipality-suffix"));
		for (String list : List.of("organization", "person", "membership", "meeting", "agendaItem", "paper",
				"consultation", "file")) {
			o.put(list, id + "/" + list);
		}
		// The data model has no terms of office for the municipal council yet (decision 0012).
		o.put("legislativeTerm", List.of());
		o.put("web", site + "/udvalg");
		return o;
	}

	Map<String, Object> organization(PublicCommittee committee, List<PublicMember> members) {
		Map<String, Object> o = object(url("organization", committee.id()), "Organization");
		o.put("body", bodyUrl(committee.municipalityCode()));
		o.put("name", committee.name());
		o.put("organizationType", "Gremium");
		o.put("classification", text("oparl.organization.classification"));
		o.put("membership", members.stream().map(m -> url("membership", m.id())).toList());
		o.put("web", site + "/udvalg/" + committee.id());
		stamps(o, committee.created(), committee.created());
		return o;
	}

	/** A member's seat is both the person and the membership: the model keeps no person apart from the seat. */
	Map<String, Object> person(PublicMember member) {
		Map<String, Object> o = object(url("person", member.id()), "Person");
		o.put("body", bodyUrl(member.municipalityCode()));
		o.put("name", member.name());
		o.put("membership", List.of(membership(member)));
		return o;
	}

	Map<String, Object> membership(PublicMember member) {
		Map<String, Object> o = object(url("membership", member.id()), "Membership");
		o.put("person", url("person", member.id()));
		o.put("organization", url("organization", member.committeeId()));
		o.put("role", text("committees.member.role." + member.role()));
		o.put("votingRight", true);
		o.put("startDate", member.termStartsOn().toString());
		if (member.termEndsOn() != null) {
			o.put("endDate", member.termEndsOn().toString());
		}
		if (!member.party().isBlank()) {
			o.put("keyword", List.of(member.party()));
		}
		return o;
	}

	Map<String, Object> meeting(PublicMeeting meeting, String committeeName, List<PublicItem> items,
			List<PublicFile> files) {
		Map<String, Object> o = object(url("meeting", meeting.id()), "Meeting");
		o.put("name", committeeName);
		o.put("meetingState", text("committees.meeting.state." + meeting.state()));
		o.put("cancelled", meeting.state() == MeetingState.CANCELLED);
		o.put("start", meeting.meetsOn().atTime(meeting.startsAt()).atZone(DENMARK).toOffsetDateTime()
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		o.put("organization", List.of(url("organization", meeting.committeeId())));
		o.put("agendaItem", items.stream().map(item -> agendaItem(item, files)).toList());
		o.put("web", site + "/udvalg/moeder/" + meeting.id());
		stamps(o, meeting.created(), meeting.modified());
		return o;
	}

	Map<String, Object> agendaItem(PublicItem item, List<PublicFile> files) {
		Map<String, Object> o = object(url("agendaItem", item.id()), "AgendaItem");
		o.put("meeting", url("meeting", item.meetingId()));
		o.put("number", String.valueOf(item.number()));
		o.put("order", item.number());
		o.put("name", item.title());
		o.put("public", item.open());
		if (hasPaper(item)) {
			o.put("consultation", url("consultation", item.id()));
		}
		if (item.decision() != null) {
			o.put("result", text(item.decision().asRecommended() ? "committees.decision.as-recommended"
					: "oparl.item.result.amended"));
			if (!item.decision().asRecommended()) {
				o.put("resolutionText", item.decision().amendedText());
			}
		}
		o.put("auxiliaryFile", files.stream().filter(f -> f.itemId().equals(item.id())).map(this::file).toList());
		o.put("web", site + "/udvalg/punkter/" + item.id());
		stamps(o, item.created(), item.modified());
		return o;
	}

	/** The case an open item treats, by its case number; a closed item shows none. */
	Map<String, Object> paper(PublicItem item) {
		Map<String, Object> o = object(url("paper", item.id()), "Paper");
		o.put("body", bodyUrl(item.municipalityCode()));
		o.put("name", item.title());
		o.put("reference", item.caseNumber());
		o.put("date", item.meetsOn().toString());
		o.put("consultation", List.of(consultation(item)));
		o.put("web", site + "/udvalg/punkter/" + item.id());
		stamps(o, item.created(), item.modified());
		return o;
	}

	Map<String, Object> consultation(PublicItem item) {
		Map<String, Object> o = object(url("consultation", item.id()), "Consultation");
		o.put("paper", url("paper", item.id()));
		o.put("agendaItem", url("agendaItem", item.id()));
		o.put("meeting", url("meeting", item.meetingId()));
		o.put("organization", List.of(url("organization", item.committeeId())));
		o.put("authoritative", true);
		stamps(o, item.created(), item.modified());
		return o;
	}

	Map<String, Object> file(PublicFile file) {
		Map<String, Object> o = object(url("file", file.id()), "File");
		o.put("name", file.fileName());
		o.put("fileName", file.fileName());
		o.put("mimeType", file.contentType());
		o.put("size", file.sizeBytes());
		o.put("date", iso(file.created()));
		o.put("accessUrl", site + "/udvalg/bilag/" + file.id());
		o.put("agendaItem", List.of(url("agendaItem", file.itemId())));
		o.put("meeting", List.of(url("meeting", file.meetingId())));
		stamps(o, file.created(), file.created());
		return o;
	}

	/** A further case an open item treats (V033): a Paper of its own, with its consultation at the item's meeting. */
	Map<String, Object> paper(PublicPaper paper) {
		Map<String, Object> o = object(url("paper", paper.id()), "Paper");
		o.put("body", bodyUrl(paper.municipalityCode()));
		o.put("name", paper.title());
		o.put("reference", paper.caseNumber());
		o.put("date", paper.meetsOn().toString());
		o.put("consultation", List.of(consultation(paper)));
		o.put("web", site + "/udvalg/punkter/" + paper.itemId());
		stamps(o, paper.created(), paper.modified());
		return o;
	}

	Map<String, Object> consultation(PublicPaper paper) {
		Map<String, Object> o = object(url("consultation", paper.id()), "Consultation");
		o.put("paper", url("paper", paper.id()));
		o.put("agendaItem", url("agendaItem", paper.itemId()));
		o.put("meeting", url("meeting", paper.meetingId()));
		o.put("organization", List.of(url("organization", paper.committeeId())));
		o.put("authoritative", true);
		stamps(o, paper.created(), paper.modified());
		return o;
	}

	/** A removed object as OParl keeps it: its id and type, deleted, and modified when it was removed. */
	Map<String, Object> tombstone(Tombstone tombstone) {
		String kind = Character.toLowerCase(tombstone.type().charAt(0)) + tombstone.type().substring(1);
		Map<String, Object> o = object(url(kind, tombstone.id()), tombstone.type());
		if (tombstone.created() != null) {
			o.put("created", iso(tombstone.created()));
		}
		o.put("modified", iso(tombstone.deleted()));
		o.put("deleted", true);
		return o;
	}

	static boolean hasPaper(PublicItem item) {
		return item.open() && item.caseNumber() != null && !item.caseNumber().isBlank();
	}

	private static Map<String, Object> object(String id, String type) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("id", id);
		o.put("type", SCHEMA + type);
		return o;
	}

	private static void stamps(Map<String, Object> o, OffsetDateTime created, OffsetDateTime modified) {
		if (created != null) {
			o.put("created", iso(created));
		}
		if (modified != null) {
			o.put("modified", iso(modified));
		}
		o.put("deleted", false);
	}

	static String iso(OffsetDateTime time) {
		return time.atZoneSameInstant(DENMARK).toOffsetDateTime().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private String text(String key) {
		return messages.getMessage(key, null, DANISH);
	}
}
