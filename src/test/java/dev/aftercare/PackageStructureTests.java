package dev.aftercare;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The arrows between packages go one way: the command line and the job wiring use the
 * features, the features use the run model, and nothing below looks up.
 */
class PackageStructureTests {

	private static final String[] FEATURES = { "..ingest..", "..impact..", "..credits..", "..ledger..", "..guard..",
			"..approvals..", "..reports..", "..summary.." };

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		.importPackages("dev.aftercare");

	@Test
	void noPackageCycles() {
		slices().matching("dev.aftercare.(*)..").should().beFreeOfCycles().check(PRODUCTION);
	}

	@Test
	void theRunModelDependsOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage("dev.aftercare.run..", "dev.aftercare.model..", "dev.aftercare.terms..",
					"dev.aftercare.speed..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(FEATURES, "dev.aftercare.system..", "dev.aftercare"))
			.check(PRODUCTION);
	}

	@Test
	void featuresNeverReachUpToTheCommandLineOrTheDatabase() {
		noClasses().that()
			.resideInAnyPackage(FEATURES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.aftercare.system..", "dev.aftercare")
			.check(PRODUCTION);
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = new String[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
