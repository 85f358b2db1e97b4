-- What one run computed: impact windows, affected subscriptions and credits.

CREATE TABLE impact_window (
	run_id        BIGINT      NOT NULL,
	incident_id   TEXT        NOT NULL,
	service       TEXT        NOT NULL,
	region        TEXT        NOT NULL,
	impact_start  TIMESTAMPTZ NOT NULL,
	impact_end    TIMESTAMPTZ NOT NULL,
	usage_from    DATE        NOT NULL, -- date(start) - usage_lookback_days
	usage_until   DATE        NOT NULL, -- date(end), inclusive
	PRIMARY KEY (run_id, service, region, incident_id)
);

CREATE TABLE affected (
	run_id           BIGINT      NOT NULL,
	incident_id      TEXT        NOT NULL,
	customer_id      TEXT        NOT NULL,
	service          TEXT        NOT NULL,
	region           TEXT        NOT NULL,
	impact_start     TIMESTAMPTZ NOT NULL,
	impact_end       TIMESTAMPTZ NOT NULL,
	impact_seconds   NUMERIC     NOT NULL,
	downtime_seconds NUMERIC     NOT NULL,
	excluded         BOOLEAN     NOT NULL,
	PRIMARY KEY (run_id, incident_id, customer_id, service, region)
);

CREATE TABLE credit (
	run_id           BIGINT  NOT NULL,
	period           TEXT    NOT NULL,
	customer_id      TEXT    NOT NULL,
	service          TEXT    NOT NULL,
	region           TEXT    NOT NULL,
	customer_name    TEXT    NOT NULL,
	plan             TEXT    NOT NULL,
	currency         TEXT    NOT NULL,
	monthly_fee_text TEXT    NOT NULL,
	downtime_minutes NUMERIC NOT NULL,
	uptime_percent   NUMERIC NOT NULL,
	sla_target       NUMERIC,
	credit_percent   NUMERIC NOT NULL,
	basis            TEXT    NOT NULL,
	credit_amount    NUMERIC NOT NULL,
	incident_ids     TEXT    NOT NULL,
	PRIMARY KEY (run_id, customer_id, service, region)
);
