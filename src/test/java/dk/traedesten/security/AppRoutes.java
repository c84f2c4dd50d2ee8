package dk.traedesten.security;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route the application maps, as "METHOD /pattern" (ANY when a mapping takes every method). */
public final class AppRoutes {

	private AppRoutes() {
	}

	public static Set<String> of(RequestMappingHandlerMapping mapping) {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String pattern : info.getPatternValues()) {
				methods.forEach(method -> routes.add(method + " " + pattern));
			}
		}
		return routes;
	}
}
