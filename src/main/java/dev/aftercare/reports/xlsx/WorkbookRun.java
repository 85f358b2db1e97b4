package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.aftercare.impact.IncidentCatalog;
import dev.aftercare.impact.IncidentCatalogs;
import dev.aftercare.run.RunParameters;
import dev.aftercare.run.ThisRun;

/**
 * What a workbook step needs of its run: the run, where the workbook goes, and the
 * incidents of the period.
 *
 * @param runId the run's id in the database
 * @param parameters the run's parameters
 * @param directory the staging directory, made if it was not there
 * @param catalog the run's incidents
 */
record WorkbookRun(long runId, RunParameters parameters, Path directory, IncidentCatalog catalog) {

	static WorkbookRun of(ThisRun run, IncidentCatalogs catalogs) throws IOException {
		Path directory = Files.createDirectories(run.stagingDirectory());
		return new WorkbookRun(run.id(), run.parameters(), directory, catalogs.of(run));
	}

}
