package dk.traedesten.partnerships.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import dk.traedesten.partnerships.Member;
import dk.traedesten.partnerships.MemberRole;
import dk.traedesten.partnerships.NewMember;

import org.springframework.validation.BindingResult;

/** A person of the municipality's delegation as the form sends it; {@code days} are the ticked network days. */
public class MemberForm {

	static final int NAME_MAX = 200;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private String role = "";

	private String name = "";

	private String email = "";

	private String jobTitle = "";

	private List<Integer> days = new ArrayList<>(List.of(1, 2, 3, 4));

	static MemberForm of(Member member) {
		MemberForm form = new MemberForm();
		form.role = member.role().name();
		form.name = member.name();
		form.email = member.email();
		form.jobTitle = member.jobTitle();
		form.days = new ArrayList<>(member.networkDays().stream().sorted().toList());
		return form;
	}

	boolean validate(BindingResult errors) {
		if (role() == null) {
			errors.rejectValue("role", "partnerships.member.error.role");
		}
		if (name.isBlank()) {
			errors.rejectValue("name", "partnerships.member.error.name");
		}
		else if (name.strip().length() > NAME_MAX) {
			errors.rejectValue("name", "partnerships.member.error.name-too-long");
		}
		if (!email.isBlank() && (email.strip().length() > NAME_MAX || !EMAIL.matcher(email.strip()).matches())) {
			errors.rejectValue("email", "partnerships.member.error.email");
		}
		if (jobTitle.strip().length() > NAME_MAX) {
			errors.rejectValue("jobTitle", "partnerships.member.error.job-title");
		}
		return !errors.hasErrors();
	}

	NewMember member() {
		return new NewMember(role(), name, email, jobTitle, new LinkedHashSet<>(days == null ? List.of() : days));
	}

	MemberRole role() {
		try {
			return role == null || role.isBlank() ? null : MemberRole.valueOf(role);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role == null ? "" : role;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle == null ? "" : jobTitle;
	}

	public List<Integer> getDays() {
		return days;
	}

	public void setDays(List<Integer> days) {
		this.days = days == null ? new ArrayList<>() : days;
	}
}
