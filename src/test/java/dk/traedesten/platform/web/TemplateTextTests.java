package dk.traedesten.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateTextTests {

	@Test
	void findsTextOutsideMessageKeys() {
		assertThat(TemplateText.hardCoded("<p>Gem <span th:text=\"#{a}\">x</span></p>")).containsExactly("text \"Gem\"");
	}

	@Test
	void acceptsFallbackTextInsideElementsThymeleafReplaces() {
		assertThat(TemplateText.hardCoded("""
				<title th:replace="${title}">Trædesten</title>
				<p th:text="#{a}">Gem <b>nu</b></p><th:block th:text="${e}">fejl</th:block>
				<a sec:authentication="name">Navn</a><br><input type="text">:, – 3
				""")).isEmpty();
	}

	@Test
	void findsVisibleAttributesWithoutAThymeleafCounterpart() {
		assertThat(TemplateText.hardCoded("""
				<nav aria-label="Hovedmenu"></nav><nav th:aria-label="#{a}" aria-label="x"></nav>
				<input type="submit" value="Send"><input type="hidden" name="t" value="abc">
				<img alt="Logo" src="x.png"><span th:attr="title=#{a}" title="fallback"></span>
				""")).containsExactly("aria-label=\"Hovedmenu\" on <nav>", "value=\"Send\" on <input>",
						"alt=\"Logo\" on <img>");
	}

	@Test
	void ignoresScriptsStylesAndComments() {
		assertThat(TemplateText.hardCoded("<!-- Tekst --><script>var a = 'b';</script><style>p { color: red }</style>"))
			.isEmpty();
	}

	@Test
	void findsLiteralMessageKeys() {
		assertThat(TemplateText.literalMessageKeys("#{a.b} #{c-d(${x})} #{'role.' + ${r}} #{${key}}"))
			.containsExactly("a.b", "c-d");
	}
}
