package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The OParl 1.1 API as a client walks it: from the System object to every body, every list and every object, each
 * checked against the spec's required properties and kinds, with ids that resolve to the same object; lists page by
 * their {@code next} links and narrow by {@code modified_since}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OparlApiTests {

	static final List<String> LISTS = List.of("organization", "person", "membership", "meeting", "agendaItem", "paper",
			"consultation", "file");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommitteeAdministration administration;

	@Test
	@SuppressWarnings("unchecked")
	void everyObjectOfEveryBodyHasWhatTheSpecRequiresAndItsIdResolves() {
		OparlClient client = new OparlClient(mvc);
		Map<String, Object> system = client.object(OparlClient.SYSTEM);
		assertThat(OparlSchema.check(system)).isEqualTo("System");
		assertThat(system).containsEntry("id", OparlClient.SYSTEM).containsEntry("oparlVersion", OparlSchema.SCHEMA);
		List<Map<String, Object>> bodies = client.all((String) system.get("body"));
		assertThat(bodies).extracting(b -> b.get("id")).contains(OparlClient.SYSTEM + "/body/" + DemoData.HERNING);
		Set<String> seen = new HashSet<>();
		for (Map<String, Object> body : bodies) {
			assertThat(OparlSchema.check(body)).isEqualTo("Body");
			assertThat(client.object((String) body.get("id"))).isEqualTo(body);
			for (String list : LISTS) {
				for (Map<String, Object> object : client.all((String) body.get(list))) {
					seen.add(OparlSchema.check(object));
					assertThat(client.object((String) object.get("id"))).as("%s resolves", object.get("id")).isEqualTo(object);
				}
			}
		}
		assertThat(seen).contains("Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper",
				"Consultation");
		Map<String, Object> herning = client.object(OparlClient.SYSTEM + "/body/" + DemoData.HERNING);
		assertThat(client.all((String) herning.get("agendaItem"))).anySatisfy(item -> {
			assertThat(item).containsEntry("number", "20");
			assertThat((String) item.get("name")).contains("Ungetopmødet");
			assertThat(item).containsEntry("result", "Tiltrådt som indstillet.");
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void listsPageByTheirNextLinkAndNarrowByModifiedSince() {
		OffsetDateTime before = OffsetDateTime.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		String word = TestNames.unique();
		UUID[] meetings = new UUID[3];
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			UUID committee = administration.addCommittee("Udvalget " + word, "");
			for (int i = 0; i < meetings.length; i++) {
				meetings[i] = administration.addMeeting(committee, LocalDate.of(2030, 1, 10 + i), LocalTime.of(16, 0), "Teams");
				UUID item = administration.addItem(meetings[i], "AGENDA_ITEM", "Punkt " + word);
				administration.markReady(item);
				administration.publishAgenda(meetings[i]);
			}
			return null;
		});
		OparlClient client = new OparlClient(mvc);
		String list = OparlClient.SYSTEM + "/body/" + DemoData.HERNING + "/meeting";
		Map<String, Object> first = client.object(list + "?limit=2");
		Map<String, Object> pagination = (Map<String, Object>) first.get("pagination");
		int total = (Integer) pagination.get("totalElements");
		assertThat(total).isGreaterThanOrEqualTo(4);
		assertThat(pagination).containsEntry("elementsPerPage", 2).containsEntry("currentPage", 1)
			.containsEntry("totalPages", (total + 1) / 2);
		assertThat((List<?>) first.get("data")).hasSize(2);
		assertThat((Map<String, Object>) first.get("links")).containsKey("next").doesNotContainKey("prev");
		List<Map<String, Object>> paged = client.all(list + "?limit=2");
		assertThat(paged).hasSize(total).extracting(m -> m.get("id")).doesNotHaveDuplicates();
		assertThat(paged).extracting(m -> m.get("id")).contains(OparlClient.SYSTEM + "/meeting/" + meetings[0]);

		String since = URLEncoder.encode(before.toString(), StandardCharsets.UTF_8);
		List<Map<String, Object>> changed = client.all(list + "?limit=1&modified_since=" + since);
		// Other tests may touch Herning's meetings too; what matters is that these three are named and that every
		// meeting named was modified since.
		assertThat(changed).extracting(m -> m.get("id")).contains(
				OparlClient.SYSTEM + "/meeting/" + meetings[0], OparlClient.SYSTEM + "/meeting/" + meetings[1],
				OparlClient.SYSTEM + "/meeting/" + meetings[2]);
		assertThat(changed).allSatisfy(meeting -> assertThat(OffsetDateTime.parse((String) meeting.get("modified")))
			.as("modified of %s", meeting.get("name")).isAfterOrEqualTo(before));
		String later = URLEncoder.encode(OffsetDateTime.now().plusMinutes(1).toString(), StandardCharsets.UTF_8);
		assertThat(client.all(list + "?modified_since=" + later)).isEmpty();
		List<Map<String, Object>> items = client.all(OparlClient.SYSTEM + "/body/" + DemoData.HERNING
				+ "/agendaItem?modified_since=" + since);
		assertThat(items).filteredOn(item -> ("Punkt " + word).equals(item.get("name"))).hasSize(3);
		assertThat(items).allSatisfy(item -> assertThat(OffsetDateTime.parse((String) item.get("modified")))
			.as("modified of %s", item.get("name")).isAfterOrEqualTo(before));
		assertThat(client.get(list + "?modified_since=igår")).hasStatus(400);
	}

	@Test
	void aBodyWithoutCommitteesAndAnUnknownObjectAreNotFound() {
		OparlClient client = new OparlClient(mvc);
		assertThat(client.get(OparlClient.SYSTEM + "/body/9999")).hasStatus(404);
		assertThat(client.get(OparlClient.SYSTEM + "/meeting/" + UUID.randomUUID())).hasStatus(404);
	}

	@Test
	void aWebClientOfAnotherOriginMayReadTheApi() {
		assertThat(mvc.get().uri("/oparl/v1.1").header("Origin", "https://example.org").exchange())
			.hasStatusOk()
			.headers().hasValue("Access-Control-Allow-Origin", "*");
	}
}
