package dk.traedesten.committees.web;

import java.util.Set;

import org.springframework.validation.BindingResult;

/** A new item: the template it starts from and its title. */
class NewItemForm {

	private String template = "AGENDA_ITEM";

	private String title = "";

	boolean validate(BindingResult errors, Set<String> templates) {
		if (!templates.contains(template)) {
			errors.rejectValue("template", "committees.error.template-required");
		}
		ItemForm.checkTitle(title, errors);
		return !errors.hasErrors();
	}

	public String getTemplate() {
		return template;
	}

	public void setTemplate(String template) {
		this.template = template == null ? "" : template;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}
}
