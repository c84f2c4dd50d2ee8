package dk.traedesten.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoData "auto" seeds demo data only on the embedded database; "true" or "false" force it
 * @param demoPassword the password of every demo sign-in
 */
@ConfigurationProperties("traedesten")
public record DemoDataProperties(@DefaultValue("auto") String demoData,
		@DefaultValue("demo-Traedesten-2026") String demoPassword) {
}
