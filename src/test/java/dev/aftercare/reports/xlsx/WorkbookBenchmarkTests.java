package dev.aftercare.reports.xlsx;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.credits.Basis;
import dev.aftercare.credits.CreditLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the writers stream, and in how little heap: {@code mvn test
 * -Dtest=WorkbookBenchmarkTests -Dbench=true -DargLine=-Xmx256m}. 1.1 million credit
 * lines go past the sheet row limit into "Credits 2".
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class WorkbookBenchmarkTests {

	private static final String[] CURRENCIES = { "USD", "EUR", "JPY", "GBP" };

	@TempDir
	Path directory;

	@Test
	void creditReview() throws Exception {
		long lines = Long.getLong("bench.lines", 1_100_000);
		long start = System.nanoTime();
		long cpuStart = cpuNanos();
		long written = new CreditReviewWorkbook("#1F4E79").write(this.directory.resolve("credit-review.xlsx"),
				CreditReviewWorkbookTests.run(), LongStream.range(0, lines).mapToObj(WorkbookBenchmarkTests::line),
				Map.of("USD", new BigDecimal("12.00")), CreditReviewWorkbookTests.incidents());
		report(written, "credit lines", start, cpuStart);
		assertThat(written).isEqualTo(lines);
	}

	@Test
	void followUp() throws Exception {
		long customers = Long.getLong("bench.customers", 300_000);
		long start = System.nanoTime();
		long cpuStart = cpuNanos();
		long written = new FollowUpWorkbook("#1F4E79", SheetSeries.MAX_DATA_ROWS).write(
				this.directory.resolve("follow-up.xlsx"),
				LongStream.range(0, customers)
					.mapToObj((i) -> Messages.customer(String.format("C%07d", i), "Customer " + i, (int) (1 + i % 3),
							"USD", "12.00", "sla", "INC-1", "INC-2")),
				Map.of("INC-1", Messages.OUTAGE.title(), "INC-2", Messages.SLOW.title()), Messages.drafter());
		report(written, "customers", start, cpuStart);
		assertThat(written).isEqualTo(customers);
	}

	private static CreditLine line(long i) {
		String currency = CURRENCIES[(int) (i % 4)];
		boolean yen = "JPY".equals(currency);
		return new CreditLine(YearMonth.of(2026, 10), String.format("C%07d", i / 2), "Customer " + i,
				(i % 3 == 0) ? "enterprise" : "business", (i % 2 == 0) ? "api" : "web", "eu-west", currency,
				yen ? "12000" : "120.00", new BigDecimal("446.40"), new BigDecimal("99.0000"), new BigDecimal("99.9"),
				BigDecimal.TEN, (i % 50 == 0) ? Basis.GOODWILL : Basis.SLA,
				yen ? new BigDecimal("1200") : new BigDecimal("12.00"), List.of("INC-" + (i % 7), "INC-" + (i % 11)));
	}

	/** CPU time of this thread: wall time alone misleads on a machine others share. */
	private static long cpuNanos() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static void report(long rows, String what, long startNanos, long cpuStartNanos) {
		long millis = (System.nanoTime() - startNanos) / 1_000_000;
		long cpuMillis = (cpuNanos() - cpuStartNanos) / 1_000_000;
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		System.out.printf("BENCH %d %s in %d ms (%d ms CPU): %.0f a second; heap peak %d MB of %d MB%n", rows, what,
				millis, cpuMillis, rows * 1000.0 / millis, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
	}

}
