package dev.aftercare.system;

import dev.aftercare.run.RunParameters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Says on stderr, in one line, that a run was stopped and that the same command resumes
 * it, when SIGTERM (Kubernetes eviction, systemd stop) or SIGINT ends the JVM in the
 * middle of a run. Without it the scheduler sees exit 143 (130) and not a word.
 * <p>
 * A shutdown hook cannot tell the signal, so the line names both. The hook is registered
 * only while a run goes on; it learns the run and its steps from the chunks it sees, as
 * every step's first chunk listener, before any other listener can stop the step.
 */
@Component
public class RunStopNotice implements ChunkListener, Ordered {

	private static final AtomicBoolean everArmed = new AtomicBoolean();

	private volatile JobExecution execution;

	/** Registers the hook until the returned handle is closed, when the run is over. */
	public Armed arm() {
		everArmed.set(true);
		this.execution = null;
		Thread hook = new Thread(() -> say(line()), "aftercare-stop-notice");
		Runtime.getRuntime().addShutdownHook(hook);
		return () -> {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException ex) {
				// the JVM is already exiting: the hook runs, or has run, and says it
			}
		};
	}

	@Override
	public void beforeChunk(ChunkContext context) {
		this.execution = context.getStepContext().getStepExecution().getJobExecution();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	String line() {
		JobExecution job = this.execution;
		if (job == null) {
			return "aftercare: stopped by SIGTERM or SIGINT before the run's first step; run the same command again";
		}
		RunParameters run = RunParameters.of(job.getJobParameters());
		return "aftercare: stopped by SIGTERM or SIGINT " + where(job) + " of run " + run.run() + " of " + run.period()
				+ "; run the same command again to resume it";
	}

	private static String where(JobExecution job) {
		// steps start while this thread reads: a copy, and a word for what it missed
		List<StepExecution> steps = new ArrayList<>();
		try {
			steps.addAll(job.getStepExecutions());
		}
		catch (RuntimeException ex) {
			return "during a step";
		}
		Set<String> running = new LinkedHashSet<>();
		String last = null;
		for (StepExecution step : steps) {
			// a partition is named after its step: name the step
			String name = step.getStepName().split(":", 2)[0];
			if (step.getStatus() == BatchStatus.STARTED || step.getStatus() == BatchStatus.STARTING) {
				running.add(name);
			}
			last = name;
		}
		if (running.isEmpty()) {
			return (last != null) ? "after step " + last : "before the run's first step";
		}
		return ((running.size() == 1) ? "during step " : "during steps ") + String.join(", ", running);
	}

	/** True once the JVM has begun to exit, whether by a signal or by a call to exit. */
	public static boolean stopping() {
		Thread probe = new Thread(() -> {
		});
		try {
			Runtime.getRuntime().addShutdownHook(probe);
			Runtime.getRuntime().removeShutdownHook(probe);
			return false;
		}
		catch (IllegalStateException ex) {
			return true;
		}
	}

	/**
	 * For a JVM stopped before any run began, while the application starts: the one line
	 * the hook would have said. Once a run was armed, its hook says it instead.
	 */
	public static void sayStoppedBeforeRun() {
		if (!everArmed.get()) {
			say("aftercare: stopped by SIGTERM or SIGINT while starting; run the same command again");
		}
	}

	private static void say(String line) {
		System.err.println(line);
		System.err.flush();
	}

	/** The hook of one run; closing it removes the hook. */
	@FunctionalInterface
	public interface Armed extends AutoCloseable {

		@Override
		void close();

	}

}
