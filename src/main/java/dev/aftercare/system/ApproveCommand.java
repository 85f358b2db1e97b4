package dev.aftercare.system;

import dev.aftercare.approvals.ApprovalImport;
import dev.aftercare.approvals.BillingOutbox;
import dev.aftercare.approvals.ImportResult;
import dev.aftercare.approvals.WorkbookRefusedException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import dev.aftercare.run.InvalidRunException;
import dev.aftercare.run.RunLockedException;
import dev.aftercare.run.RunRequest;

/**
 * {@code approve --output=DIR --period=YYYY-MM --workbook=FILE}: takes finance's
 * decisions from a reviewed {@code credit-review.xlsx} and hands the approved changes to
 * billing's outbox. It holds the period's lock, so it never runs beside a credit run of
 * the same period.
 */
@Component
@ConditionalOnProperty(name = "aftercare.command", havingValue = "approve")
public class ApproveCommand implements ApplicationRunner {

	private final ApprovalImport approvals;

	private final BillingOutbox outbox;

	private final PeriodLock lock;

	private final ExitCodes exitCodes;

	public ApproveCommand(ApprovalImport approvals, BillingOutbox outbox, PeriodLock lock, ExitCodes exitCodes) {
		this.approvals = approvals;
		this.outbox = outbox;
		this.lock = lock;
		this.exitCodes = exitCodes;
	}

	/**
	 * The Spring arguments of {@code approve ARGS}: no credit run, this command instead.
	 */
	public static String[] arguments(String[] args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.add("--aftercare.run-on-startup=false");
		all.add("--aftercare.command=approve");
		return all.toArray(String[]::new);
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		try {
			Path output = Path.of(StartChecks.single(arguments, "output"));
			Path workbook = Path.of(StartChecks.single(arguments, "workbook"));
			YearMonth period = RunRequest.period(StartChecks.single(arguments, "period"));
			try (PeriodLock.Held held = this.lock.acquire(period.toString())) {
				ImportResult result = this.approvals.take(workbook, period, ApprovalImport.APPROVE);
				System.out.println("aftercare: " + result.describe());
				handOff(period.toString(), BillingOutbox.of(output));
			}
		}
		catch (WorkbookRefusedException ex) {
			fail(ex, "refused, nothing stored: " + ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			// a path the file system cannot take is an argument like any other
			fail(new InvalidRunException(ex.getMessage()), ex.getMessage());
		}
		catch (InvalidRunException | RunLockedException ex) {
			fail(ex, ex.getMessage());
		}
	}

	/**
	 * The decisions are stored by now: a hand-off cut short is finished, once, by the
	 * next approve or run.
	 */
	private void handOff(String period, Path outbox) {
		List<String> files;
		try {
			files = this.outbox.handOff(period, outbox);
		}
		catch (UncheckedIOException | DataAccessException ex) {
			fail(ex, "decisions stored, but the hand-off to billing did not finish: " + ex.getMessage()
					+ "; run approve again, or the next run, to finish it: nothing is handed twice");
			return;
		}
		if (files.isEmpty()) {
			System.out.println("aftercare: nothing new for billing");
		}
		files.forEach((file) -> System.out.println("aftercare: handed to billing: " + outbox.resolve(file)));
	}

	private void fail(Exception failure, String message) {
		this.exitCodes.ended(ExitCodes.of(failure));
		System.err.println("aftercare: " + message);
	}

}
