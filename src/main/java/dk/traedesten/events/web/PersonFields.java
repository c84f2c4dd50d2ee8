package dk.traedesten.events.web;

/** One person's fields in a form: name, e-mail and job title. */
public class PersonFields {

	private String name = "";

	private String email = "";

	private String jobTitle = "";

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

	boolean blank() {
		return name.isBlank() && email.isBlank() && jobTitle.isBlank();
	}

	dk.traedesten.events.NewParticipant toParticipant() {
		return new dk.traedesten.events.NewParticipant(name, email, jobTitle);
	}
}
