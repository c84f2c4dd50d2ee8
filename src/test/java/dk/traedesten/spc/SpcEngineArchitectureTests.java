package dk.traedesten.spc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The SPC engine is plain Java: only its package-info names a framework (the module annotation). */
class SpcEngineArchitectureTests {

	static final JavaClasses ENGINE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.traedesten.spc");

	@Test
	void theEngineDependsOnNoFramework() {
		noClasses().that()
			.resideInAPackage("dk.traedesten.spc..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..", "com.fasterxml..")
			.because("the engine is plain Java, callable from the pages, the CLI and the measures module alike")
			.check(ENGINE);
	}
}
