package dk.traedesten.organisation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PopulationImportArchitectureTests {

	private static final JavaClasses ORGANISATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.traedesten.organisation");

	@Test
	void theImportRulesArePlainJavaWithoutTheFramework() {
		noClasses().that().haveSimpleNameStartingWith("Import")
			.or().haveSimpleNameStartingWith("Population")
			.or().haveSimpleName("MunicipalityNames").or().haveSimpleName("WholeNumbers")
			.and().resideInAPackage("dk.traedesten.organisation")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
			.check(ORGANISATION);
	}
}
