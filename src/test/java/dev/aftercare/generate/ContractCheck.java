package dev.aftercare.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The data contract's row rules, written out again for the tests, independent of the
 * job's own checks: it lists every broken rule as {@code file:line: problem}.
 */
final class ContractCheck {

	private static final Set<String> KINDS = Set.of("detected", "acknowledged", "status", "update", "mitigated",
			"resolved", "all_clear", "note");

	private static final Set<String> STATUSES = Set.of("major_outage", "partial_outage", "degraded_performance",
			"under_maintenance", "operational");

	private final Path dir;

	private final List<String> problems = new ArrayList<>();

	private final Map<String, String> currencies = new HashMap<>();

	private final Map<String, Set<String>[]> scopes = new HashMap<>();

	private String file;

	private long line;

	private ContractCheck(Path dir) {
		this.dir = dir;
	}

	static List<String> problems(Path dir) throws IOException {
		ContractCheck check = new ContractCheck(dir);
		check.run();
		return check.problems;
	}

	private void run() throws IOException {
		Set<String> customers = new HashSet<>();
		read("customers.csv", (r) -> {
			require(r, "customer_id", "name", "plan", "currency");
			unique(customers, r.get("customer_id"));
			oneOfOrEmpty(r.get("preferred_channel"), "email", "phone", "sms", "chat");
			if (currency(r.get("currency"))) {
				this.currencies.putIfAbsent(r.get("customer_id"), r.get("currency"));
			}
		});
		Set<String> subscriptions = new HashSet<>();
		read("subscriptions.csv", (r) -> {
			require(r, "customer_id", "service", "region", "monthly_fee", "started_on");
			String currency = knownCustomer(r.get("customer_id"));
			fee(r.get("monthly_fee"), currency);
			LocalDate startedOn = date(r.get("started_on"));
			if (!r.get("ended_on").isEmpty() && startedOn != null && date(r.get("ended_on")).isBefore(startedOn)) {
				problem("ended_on before started_on");
			}
			unique(subscriptions, r.get("customer_id") + "/" + r.get("service") + "/" + r.get("region"));
		});
		read("incidents.csv", (r) -> {
			require(r, "incident_id", "title", "severity", "type", "services", "regions", "started_at");
			oneOfOrEmpty(r.get("severity"), "SEV1", "SEV2", "SEV3", "SEV4");
			oneOfOrEmpty(r.get("type"), "incident", "maintenance");
			oneOfOrEmpty(r.get("sla_exclusion"), "customer_caused", "force_majeure");
			OffsetDateTime started = instant(r.get("started_at"));
			OffsetDateTime resolved = r.get("resolved_at").isEmpty() ? null : instant(r.get("resolved_at"));
			instantOrEmpty(r.get("detected_at"));
			instantOrEmpty(r.get("announced_at"));
			if (started != null && resolved != null && resolved.isBefore(started)) {
				problem("resolved_at before started_at");
			}
			if (this.scopes.containsKey(r.get("incident_id"))) {
				problem("duplicate incident_id");
			}
			this.scopes.putIfAbsent(r.get("incident_id"), scope(r.get("services"), r.get("regions")));
		});
		read("incident_events.csv", (r) -> {
			require(r, "incident_id", "occurred_at", "kind", "visibility");
			Set<String>[] scope = this.scopes.get(r.get("incident_id"));
			if (scope == null) {
				problem("unknown incident");
			}
			instant(r.get("occurred_at"));
			oneOfOrEmpty(r.get("kind"), KINDS.toArray(String[]::new));
			oneOfOrEmpty(r.get("visibility"), "public", "internal");
			oneOfOrEmpty(r.get("channel"), "status_page", "email", "twitter", "sms", "chat", "phone", "other");
			if (r.get("kind").equals("status")) {
				require(r, "status");
				oneOfOrEmpty(r.get("status"), STATUSES.toArray(String[]::new));
				if (scope != null) {
					within(r.get("services"), scope[0]);
					if (!scope[1].contains("*")) {
						within(r.get("regions"), scope[1]);
					}
				}
			}
		});
		read("usage.csv", (r) -> {
			require(r, "customer_id", "service", "region", "date", "requests");
			knownCustomer(r.get("customer_id"));
			date(r.get("date"));
			long requests = count(r.get("requests"));
			if (!r.get("errors").isEmpty() && count(r.get("errors")) > requests) {
				problem("errors > requests");
			}
		});
		Set<String> tickets = new HashSet<>();
		read("tickets.csv", (r) -> {
			require(r, "ticket_id", "customer_id", "opened_at", "channel");
			unique(tickets, r.get("ticket_id"));
			knownCustomer(r.get("customer_id"));
			if (!r.get("incident_id").isEmpty() && !this.scopes.containsKey(r.get("incident_id"))) {
				problem("unknown incident");
			}
			instant(r.get("opened_at"));
			oneOfOrEmpty(r.get("channel"), "email", "chat", "phone", "twitter", "facebook", "other");
			oneOfOrEmpty(r.get("public"), "true", "false");
			oneOfOrEmpty(r.get("sentiment"), "positive", "neutral", "negative", "abusive");
		});
	}

	private void read(String name, Consumer<CSVRecord> check) throws IOException {
		this.file = name;
		try (Reader reader = Files.newBufferedReader(this.dir.resolve(name), StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				this.line = record.getRecordNumber() + 1;
				check.accept(record);
			}
		}
	}

	private void require(CSVRecord r, String... columns) {
		for (String column : columns) {
			if (r.get(column).isBlank()) {
				problem(column + " missing");
			}
		}
	}

	private void unique(Set<String> seen, String key) {
		if (!seen.add(key)) {
			problem("duplicate " + key);
		}
	}

	private boolean currency(String code) {
		try {
			if (Currency.getInstance(code).getDefaultFractionDigits() >= 0) {
				return true;
			}
			problem("currency without minor unit " + code);
		}
		catch (IllegalArgumentException ex) {
			problem("unknown currency " + code);
		}
		return false;
	}

	private String knownCustomer(String id) {
		String currency = this.currencies.get(id);
		if (currency == null) {
			problem("unknown customer " + id);
		}
		return currency;
	}

	private void fee(String fee, String currency) {
		if (!fee.matches("\\d+(\\.\\d+)?")) {
			problem("fee not a plain decimal ≥ 0: " + fee);
		}
		else if (currency != null) {
			int decimals = fee.contains(".") ? fee.length() - fee.indexOf('.') - 1 : 0;
			if (decimals > Currency.getInstance(currency).getDefaultFractionDigits()) {
				problem("fee " + fee + " has too many decimals for " + currency);
			}
		}
	}

	private void oneOfOrEmpty(String value, String... allowed) {
		if (!value.isEmpty() && !Arrays.asList(allowed).contains(value)) {
			problem("unknown value " + value);
		}
	}

	private LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (RuntimeException ex) {
			problem("bad date " + value);
			return null;
		}
	}

	private OffsetDateTime instant(String value) {
		try {
			return OffsetDateTime.parse(value);
		}
		catch (RuntimeException ex) {
			problem("bad instant " + value);
			return null;
		}
	}

	private void instantOrEmpty(String value) {
		if (!value.isEmpty()) {
			instant(value);
		}
	}

	private long count(String value) {
		if (!value.matches("\\d+")) {
			problem("bad count " + value);
			return Long.MAX_VALUE;
		}
		return Long.parseLong(value);
	}

	@SuppressWarnings("unchecked")
	private static Set<String>[] scope(String services, String regions) {
		return new Set[] { Set.of(services.split(";")), Set.of(regions.split(";")) };
	}

	private void within(String list, Set<String> allowed) {
		for (String item : list.isEmpty() ? new String[0] : list.split(";")) {
			if (!allowed.contains(item)) {
				problem("status event outside scope: " + item);
			}
		}
	}

	private void problem(String text) {
		this.problems.add(this.file + ":" + this.line + ": " + text);
	}

}
