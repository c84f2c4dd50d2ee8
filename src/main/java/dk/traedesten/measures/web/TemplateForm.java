package dk.traedesten.measures.web;

import dk.traedesten.measures.IndicatorTemplate;

/** The ready template the coordinator makes an indicator from. */
class TemplateForm {

	private IndicatorTemplate template;

	public IndicatorTemplate getTemplate() {
		return template;
	}

	public void setTemplate(IndicatorTemplate template) {
		this.template = template;
	}
}
