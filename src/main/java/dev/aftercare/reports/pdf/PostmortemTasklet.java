package dev.aftercare.reports.pdf;

import dev.aftercare.reports.PostmortemFileNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import dev.aftercare.impact.IncidentCatalog;
import dev.aftercare.impact.IncidentCatalogs;
import dev.aftercare.impact.IncidentImpact;
import dev.aftercare.model.Interval;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.run.PrivateFiles;
import dev.aftercare.run.RunParameters;
import dev.aftercare.run.RunTerms;
import dev.aftercare.run.ThisRun;
import dev.aftercare.terms.Terms;

/**
 * Writes, into the run's staging directory, a public postmortem (PDF and Markdown, in
 * {@code public/}) and an internal one (in {@code internal/}) for every resolved incident
 * whose impact meets the period, and the monthly reliability report (in
 * {@code internal/}). A restart writes them all again.
 */
class PostmortemTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(PostmortemTasklet.class);

	/** The public postmortems, PDF and Markdown, and nothing else. */
	static final String PUBLIC = "public";

	private final IncidentCatalogs catalogs;

	private final RunTerms terms;

	private final PostmortemStore store;

	private final ReportSettings settings;

	private final PdfSettings pdfSettings;

	private final ThisRun thisRun;

	PostmortemTasklet(IncidentCatalogs catalogs, RunTerms terms, PostmortemStore store, ReportSettings settings,
			PdfSettings pdfSettings, ThisRun thisRun) {
		this.catalogs = catalogs;
		this.thisRun = thisRun;
		this.terms = terms;
		this.store = store;
		this.settings = settings;
		this.pdfSettings = pdfSettings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		RunParameters parameters = this.thisRun.parameters();
		IncidentCatalog catalog = this.catalogs.of(this.thisRun);
		Terms terms = this.terms.of(parameters);
		RunFacts facts = this.store.load(this.thisRun.id());
		ReportKit kit = ReportKit.load(this.settings, this.pdfSettings);
		Path directory = parameters.stagingDirectory();
		// a publisher syncs public/ as it is: nothing internal may ever land there
		Path published = Files.createDirectories(directory.resolve(PUBLIC));
		// root causes, customers and credits: never readable by others, in staging either
		Path internal = PrivateFiles.createPrivateDirectory(directory.resolve(PrivateFiles.INTERNAL));
		PostmortemAssembler assembler = new PostmortemAssembler(terms, facts, kit.updateTarget(),
				published(contribution.getStepExecution().getJobExecution()));
		PublicPostmortemPdf publicPdf = new PublicPostmortemPdf(kit);
		MarkdownPostmortem markdown = new MarkdownPostmortem(kit);
		InternalPostmortemPdf internalPdf = new InternalPostmortemPdf(kit);
		List<Postmortem> postmortems = new ArrayList<>();
		for (IncidentImpact impact : catalog.inPeriod()) {
			Postmortem postmortem = assembler.assemble(impact, catalog.eventsOf(impact.incidentId()));
			String name = PostmortemFileNames.of(impact.incidentId());
			publicPdf.write(postmortem.publicPart(), published.resolve(name + ".pdf"));
			markdown.write(postmortem.publicPart(), published.resolve(name + ".md"));
			internalPdf.write(postmortem, PrivateFiles.createPrivateFile(internal.resolve(name + ".pdf")));
			postmortems.add(postmortem);
			logger.info("Postmortem {} written", impact.incidentId());
		}
		List<Availability> availability = Availability.of(catalog.inPeriod(), facts.regionsByService(), terms,
				Interval.of(parameters.period()));
		new ReliabilityReportPdf(kit).write(PrivateFiles.createPrivateFile(internal.resolve("reliability-report.pdf")),
				parameters.period(), postmortems, availability, facts.monthTotals(), catalog.open(), terms);
		logger.info("Wrote {} postmortems and the reliability report of {}", postmortems.size(), parameters.period());
		return RepeatStatus.FINISHED;
	}

	/**
	 * The day, in UTC, this execution of the run started: when the documents are dated.
	 */
	private static LocalDate published(JobExecution job) {
		return job.getCreateTime().atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
	}

}
