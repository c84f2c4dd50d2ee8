package dk.traedesten.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what Trædesten is for the public, and where to go next for the signed-in. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
