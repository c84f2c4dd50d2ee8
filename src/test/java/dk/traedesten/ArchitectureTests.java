package dk.traedesten;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house rules that Spring Modulith's verification does not cover. */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.traedesten");

	@Test
	void domainRulesAndValuesImportNoFramework() {
		noClasses().that()
			.resideInAPackage("dk.traedesten.*")
			.and(com.tngtech.archunit.base.DescribedPredicate.describe("rules, records and enums",
					c -> (c.getSimpleName().endsWith("Rules") || c.getSimpleName().endsWith("Throttle") || c.isRecord()
							|| c.isEnum()) && !c.getSimpleName().endsWith("Properties")))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "org.flywaydb..", "io.zonky..", "tools.jackson..")
			.because("domain rules live in plain Java and are tested without Spring (settings records excepted)")
			.check(CLASSES);
	}

	@Test
	void controllersArePrivateToTheirModulesWebPackage() {
		classes().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should()
			.resideInAPackage("..web..")
			.andShould()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void sqlStaysInsideItsModule() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.because("controllers go through their module's repositories or API")
			.check(CLASSES);
	}
}
