package dk.traedesten.partnerships.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.partnerships.Member;
import dk.traedesten.partnerships.MemberRole;
import dk.traedesten.partnerships.PartnershipKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Partnerships, their network days and the municipalities' memberships. Row-level security decides what a
 * connection sees (V032): partnerships are public, a municipality sees its own memberships, the organisers all.
 */
@Repository
public class PartnershipRepository {

	public record Row(UUID id, String slug, PartnershipKind kind, String title, String summary) {
	}

	public record MembershipRow(UUID id, UUID partnershipId, int municipalityCode, String joinedBy,
			Timestamp joinedAt) {
	}

	private final JdbcClient jdbc;

	PartnershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Row> all() {
		return jdbc.sql("select id, slug, kind, title, summary from partnership order by kind").query(Row.class).list();
	}

	public Optional<Row> findBySlug(String slug) {
		return jdbc.sql("select id, slug, kind, title, summary from partnership where slug = :slug")
			.param("slug", slug).query(Row.class).optional();
	}

	public List<UUID> organisers(UUID partnershipId) {
		return jdbc.sql("select organisation_id from partnership_organiser where partnership_id = :id")
			.param("id", partnershipId).query(UUID.class).list();
	}

	/** The network days' event addresses, in order of their number. */
	public List<String> networkDaySlugs(UUID partnershipId) {
		return jdbc.sql("select event_slug from partnership_network_day where partnership_id = :id order by number")
			.param("id", partnershipId).query(String.class).list();
	}

	public boolean organises(UUID partnershipId) {
		return jdbc.sql("select traedesten_partnership_organiser(:id)").param("id", partnershipId)
			.query(Boolean.class).single();
	}

	public void insert(Row row) {
		jdbc.sql("insert into partnership (id, slug, kind, title, summary) values (:id, :slug, :kind, :title, :summary)")
			.param("id", row.id()).param("slug", row.slug()).param("kind", row.kind().name())
			.param("title", row.title()).param("summary", row.summary()).update();
	}

	public void addOrganiser(UUID partnershipId, UUID organisationId) {
		jdbc.sql("insert into partnership_organiser (partnership_id, organisation_id) values (:p, :o)")
			.param("p", partnershipId).param("o", organisationId).update();
	}

	public void addNetworkDay(UUID partnershipId, int number, String eventSlug) {
		jdbc.sql("insert into partnership_network_day (partnership_id, number, event_slug) values (:p, :n, :s)")
			.param("p", partnershipId).param("n", number).param("s", eventSlug).update();
	}

	public List<MembershipRow> memberships(UUID partnershipId) {
		return jdbc.sql("""
				select id, partnership_id, municipality_code, joined_by, joined_at from partnership_membership
				where partnership_id = :id order by municipality_code""").param("id", partnershipId)
			.query(MembershipRow.class).list();
	}

	public Optional<MembershipRow> membership(UUID partnershipId, int municipalityCode) {
		return jdbc.sql("""
				select id, partnership_id, municipality_code, joined_by, joined_at from partnership_membership
				where partnership_id = :id and municipality_code = :code""").param("id", partnershipId)
			.param("code", municipalityCode).query(MembershipRow.class).optional();
	}

	/** Locks the membership, so that counting its people and adding one happen one request at a time. */
	public Optional<MembershipRow> lockMembership(UUID partnershipId, int municipalityCode) {
		return jdbc.sql("""
				select id, partnership_id, municipality_code, joined_by, joined_at from partnership_membership
				where partnership_id = :id and municipality_code = :code for update""").param("id", partnershipId)
			.param("code", municipalityCode).query(MembershipRow.class).optional();
	}

	public void join(UUID partnershipId, int municipalityCode, String joinedBy) {
		jdbc.sql("""
				insert into partnership_membership (id, partnership_id, municipality_code, joined_by)
				values (:id, :p, :code, :by) on conflict (partnership_id, municipality_code) do nothing""")
			.param("id", UUID.randomUUID()).param("p", partnershipId).param("code", municipalityCode)
			.param("by", joinedBy).update();
	}

	public List<Member> members(UUID membershipId) {
		return jdbc.sql("""
				select id, role, name, email, job_title, network_days from partnership_member
				where membership_id = :id order by role, created_at, name""").param("id", membershipId)
			.query((rs, n) -> new Member(rs.getObject("id", UUID.class), MemberRole.valueOf(rs.getString("role")),
					rs.getString("name"), rs.getString("email"), rs.getString("job_title"),
					days(rs.getArray("network_days"))))
			.list();
	}

	public void insertMember(UUID id, MembershipRow membership, Member member) {
		jdbc.sql("""
				insert into partnership_member (id, membership_id, partnership_id, municipality_code, role, name, email,
				                                job_title, network_days)
				values (:id, :membership, :partnership, :code, :role, :name, :email, :job,
				        cast(string_to_array(:days, ',') as integer[]))""")
			.param("id", id).param("membership", membership.id()).param("partnership", membership.partnershipId())
			.param("code", membership.municipalityCode()).param("role", member.role().name())
			.param("name", member.name()).param("email", member.email()).param("job", member.jobTitle())
			.param("days", daysArray(member.networkDays())).update();
	}

	public int updateMember(UUID membershipId, Member member) {
		return jdbc.sql("""
				update partnership_member set role = :role, name = :name, email = :email, job_title = :job,
				       network_days = cast(string_to_array(:days, ',') as integer[])
				where id = :id and membership_id = :membership""")
			.param("id", member.id()).param("membership", membershipId).param("role", member.role().name())
			.param("name", member.name()).param("email", member.email()).param("job", member.jobTitle())
			.param("days", daysArray(member.networkDays())).update();
	}

	public int deleteMember(UUID membershipId, UUID memberId) {
		return jdbc.sql("delete from partnership_member where id = :id and membership_id = :membership")
			.param("id", memberId).param("membership", membershipId).update();
	}

	private static Set<Integer> days(Array array) throws SQLException {
		Integer[] values = (Integer[]) array.getArray();
		return new LinkedHashSet<>(Arrays.asList(values));
	}

	private static String daysArray(Set<Integer> days) {
		return String.join(",", days.stream().sorted().map(String::valueOf).toList());
	}
}
