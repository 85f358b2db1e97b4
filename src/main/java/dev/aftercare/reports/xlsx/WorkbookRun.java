package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.StepExecution;

import dev.aftercare.impact.IncidentCatalog;
import dev.aftercare.impact.IncidentCatalogLoader;
import dev.aftercare.run.RunParameters;

/**
 * What a workbook step needs of its run: the run, where the workbook goes, and the
 * incidents of the period.
 *
 * @param step the step writing the workbook
 * @param runId the run's id in the database
 * @param parameters the run's parameters
 * @param directory the staging directory, made if it was not there
 * @param catalog the run's incidents
 */
record WorkbookRun(StepExecution step, long runId, RunParameters parameters, Path directory, IncidentCatalog catalog) {

	static WorkbookRun of(StepExecution step, IncidentCatalogLoader catalogs) throws IOException {
		RunParameters parameters = RunParameters.of(step);
		Path directory = Files.createDirectories(parameters.stagingDirectory());
		return new WorkbookRun(step, RunParameters.runId(step), parameters, directory, catalogs.load(step));
	}

}
