package dk.traedesten.measures.data;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PointImportArchitectureTests {

	static final JavaClasses PARSER = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.traedesten.measures.data");

	@Test
	void theParserIsPlainJavaWithoutTheFramework() {
		noClasses().that()
			.resideInAPackage("dk.traedesten.measures.data")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "org.postgresql..")
			.because("the parser runs in the pages, in tests and in bench/import alike")
			.check(PARSER);
	}
}
