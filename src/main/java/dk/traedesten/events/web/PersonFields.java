package dk.traedesten.events.web;

import dk.traedesten.events.NewParticipant;
import dk.traedesten.events.ParticipantRole;

/** One person's fields in a form: name, e-mail and job title; at a webinar with roundtables role, area and unit. */
public class PersonFields {

	private String name = "";

	private String email = "";

	private String jobTitle = "";

	private String role = "";

	private String area = "";

	private String unit = "";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getJobTitle() {
		return jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role == null ? "" : role;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area == null ? "" : area;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit == null ? "" : unit;
	}

	boolean blank() {
		return name.isBlank() && email.isBlank() && jobTitle.isBlank();
	}

	NewParticipant toParticipant() {
		return new NewParticipant(name, email, jobTitle, WebinarFields.role(role), WebinarFields.id(area),
				WebinarFields.id(unit));
	}
}
