package dev.aftercare.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class StartupProgressTests {

	@Test
	void theLineSaysHowLongTheStartHasTaken() {
		assertThat(StartupProgress.line(Duration.ofMillis(15_400)))
			.isEqualTo("Still starting after 15 s: the database, its schema and the job");
	}

	@Test
	void itStopsOnceTheApplicationHasStarted() {
		StartupProgress progress = StartupProgress.every(Duration.ofHours(1));
		assertThat(progress.stopped()).isFalse();
		progress.onApplicationEvent(new ApplicationStartedEvent(new SpringApplication(), new String[0],
				new GenericApplicationContext(), Duration.ZERO));
		assertThat(progress.stopped()).isTrue();
	}

	@Test
	void itStopsWhenTheStartFails() {
		StartupProgress progress = StartupProgress.every(Duration.ofHours(1));
		progress.onApplicationEvent(new ApplicationFailedEvent(new SpringApplication(), new String[0],
				new GenericApplicationContext(), new IllegalStateException("no database")));
		assertThat(progress.stopped()).isTrue();
	}

}
