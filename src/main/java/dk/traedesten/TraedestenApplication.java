package dk.traedesten;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TraedestenApplication {

	public static void main(String[] args) {
		SpringApplication.run(TraedestenApplication.class, args);
	}
}
