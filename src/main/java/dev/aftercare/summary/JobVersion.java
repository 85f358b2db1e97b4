package dev.aftercare.summary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;

/** The job's version as its build recorded it, for the summary and the metrics. */
final class JobVersion {

	private JobVersion() {
	}

	static String of(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return (properties != null) ? properties.getVersion() : "unknown";
	}

}
