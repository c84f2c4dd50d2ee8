package dk.traedesten;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationStartsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void servesTheDanishFrontPage() {
		assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("lang=\"da\"", "Trædesten", "Log ind");
	}

	@Test
	void answersUnknownAddressesWithTheDanishNotFoundPage() {
		assertThat(mvc.get().uri("/findes-ikke")).hasStatus(404).bodyText().contains("Siden findes ikke");
	}
}
