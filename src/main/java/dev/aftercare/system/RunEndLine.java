package dev.aftercare.system;

import dev.aftercare.run.RunParameters;
import dev.aftercare.summary.RunFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The last line of a run, the one ops read in a scheduler's mail or a pod's log: the
 * outcome, the exit code, the credits per currency, the rejects and the time.
 */
final class RunEndLine {

	private RunEndLine() {
	}

	static String of(RunOutcome outcome, Duration elapsed) {
		RunParameters parameters = outcome.parameters();
		String run = (parameters != null) ? "Run " + parameters.run() + " of " + parameters.period() : "The run";
		return "%s %s, exit code %d: credits %s; %,d rejected rows; %s s".formatted(run, verb(outcome),
				outcome.exitCode().code(), credits(outcome.figures()), outcome.rejectedRows(),
				BigDecimal.valueOf(elapsed.toMillis(), 3).setScale(1, java.math.RoundingMode.HALF_UP));
	}

	private static String verb(RunOutcome outcome) {
		if (outcome.succeeded()) {
			return "completed";
		}
		return switch (outcome.exitCode()) {
			case INVALID_INPUT -> "refused";
			case LOCKED -> "did not start";
			default -> "failed";
		};
	}

	private static String credits(RunFigures figures) {
		if (figures.credits().isEmpty()) {
			return "none";
		}
		return figures.credits()
			.entrySet()
			.stream()
			.map((Map.Entry<String, BigDecimal> credit) -> credit.getKey() + " " + credit.getValue().toPlainString()
					+ " (" + figures.creditLines().get(credit.getKey()) + " lines)")
			.collect(Collectors.joining(", "));
	}

}
