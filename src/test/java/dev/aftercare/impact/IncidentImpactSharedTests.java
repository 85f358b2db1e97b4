package dev.aftercare.impact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentType;
import dev.aftercare.model.Severity;
import dev.aftercare.terms.TermsTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One incident catalog serves every compute partition of a run at once (a worker runs two
 * side by side): the timelines it builds on first use must come out whole whichever
 * thread asks first. A plain map failed here, and a worker, with a
 * ConcurrentModificationException.
 */
class IncidentImpactSharedTests {

	private static final int THREADS = 8;

	private static final List<String> REGIONS = IntStream.range(0, 400).mapToObj((i) -> "region-" + i).toList();

	@Test
	void partitionsSideBySideGetTheTimelinesOneThreadWouldBuild() throws Exception {
		Incident everywhere = new Incident("INC-9", "Login", Severity.SEV2, IncidentType.INCIDENT, List.of("api"),
				REGIONS, at("10:00"), null, at("12:00"), null, null, null, null, null, null, List.of());
		IncidentImpact shared = new IncidentImpact(everywhere, List.of(), TermsTestSupport.DEFAULT);
		CyclicBarrier start = new CyclicBarrier(THREADS);
		ExecutorService partitions = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<List<StatusTimeline>>> seen = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				seen.add(partitions.submit(() -> {
					start.await();
					return REGIONS.stream().map((region) -> shared.timeline("api", region)).toList();
				}));
			}
			List<StatusTimeline> alone = REGIONS.stream()
				.map((region) -> TimelineBuilder.build(everywhere, List.of(), "api", region))
				.toList();
			for (Future<List<StatusTimeline>> timelines : seen) {
				assertThat(timelines.get()).extracting(StatusTimeline::segments)
					.containsExactlyElementsOf(alone.stream().map(StatusTimeline::segments).toList());
			}
		}
		finally {
			partitions.shutdownNow();
		}
	}

	private static Instant at(String time) {
		return Instant.parse("2026-10-05T" + time + ":00Z");
	}

}
