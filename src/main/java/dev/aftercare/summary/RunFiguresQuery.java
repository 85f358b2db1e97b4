package dev.aftercare.summary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.credits.MinorUnit;
import dev.aftercare.ingest.InputFile;

/** Reads a run's {@link RunFigures} from what it stored. */
class RunFiguresQuery {

	/**
	 * A reason names the values of its row (ids, lines, characters): without them the
	 * reasons fall into the few kinds ops can count and alert on.
	 */
	private static final String REJECTS = """
			SELECT file, reason_kind, count(*) AS rows
			FROM (SELECT file,
			             regexp_replace(regexp_replace(regexp_replace(regexp_replace(reason,
			               '(^|[ (=])''[^'']*''(?=$|[ ),;:.])', '\\1''…''', 'g'),
			               'duplicate key .* \\(first', 'duplicate key … (first'),
			               '(line|character) [0-9,]+', '\\1 …', 'g'),
			               ' has [0-9,]+ characters', ' has … characters', 'g') AS reason_kind
			      FROM input_reject WHERE run_id = ?) r
			GROUP BY file, reason_kind
			ORDER BY %s, count(*) DESC, reason_kind COLLATE "C"
			""".formatted(InputFile.sqlOrder("file"));

	private static final String CREDITS = """
			SELECT currency, count(*) AS lines, sum(credit_amount) AS amount
			FROM credit WHERE run_id = ? GROUP BY currency ORDER BY currency COLLATE "C"
			""";

	private final JdbcTemplate jdbc;

	RunFiguresQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	RunFigures of(long runId) {
		Map<String, BigDecimal> credits = new LinkedHashMap<>();
		Map<String, Long> lines = new LinkedHashMap<>();
		this.jdbc.query(CREDITS, (rs) -> {
			String currency = rs.getString("currency");
			credits.put(currency, MinorUnit.round(rs.getBigDecimal("amount"), currency));
			lines.put(currency, rs.getLong("lines"));
		}, runId);
		Map<String, Map<String, Long>> rejects = new LinkedHashMap<>();
		this.jdbc.query(REJECTS, (rs) -> {
			rejects.computeIfAbsent(rs.getString("file"), (file) -> new LinkedHashMap<>())
				.put(rs.getString("reason_kind"), rs.getLong("rows"));
		}, runId);
		return new RunFigures(credits, lines, rejects);
	}

}
