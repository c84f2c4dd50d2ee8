package dk.traedesten;

import java.util.Arrays;

import dk.traedesten.cli.SpcCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TraedestenApplication {

	public static void main(String[] args) {
		// The SPC command runs before and without Spring: an analyst's script should not wait for a web app.
		if (args.length > 0 && args[0].equals("spc")) {
			System.exit(SpcCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(TraedestenApplication.class, args);
	}
}
