-- The input files of one run, as accepted. Every row carries the run it belongs to (the Spring
-- Batch job instance), so that a restarted run finds what it had already loaded and two
-- periods never see each other's rows.

CREATE TABLE in_customer (
	run_id            BIGINT NOT NULL,
	customer_id       TEXT   NOT NULL,
	line              BIGINT NOT NULL,
	name              TEXT   NOT NULL,
	plan              TEXT   NOT NULL,
	currency          TEXT   NOT NULL,
	contact_name      TEXT,
	email             TEXT,
	phone             TEXT,
	preferred_channel TEXT   NOT NULL,
	account_manager   TEXT,
	PRIMARY KEY (run_id, customer_id)
);

CREATE TABLE in_subscription (
	run_id            BIGINT      NOT NULL,
	customer_id       TEXT        NOT NULL,
	service           TEXT        NOT NULL,
	region            TEXT        NOT NULL,
	line              BIGINT      NOT NULL,
	monthly_fee       NUMERIC     NOT NULL,
	monthly_fee_text  TEXT        NOT NULL,
	started_on        DATE        NOT NULL,
	ended_on          DATE,
	PRIMARY KEY (run_id, customer_id, service, region)
);

CREATE TABLE in_incident (
	run_id          BIGINT      NOT NULL,
	incident_id     TEXT        NOT NULL,
	line            BIGINT      NOT NULL,
	title           TEXT        NOT NULL,
	severity        TEXT        NOT NULL,
	type            TEXT        NOT NULL,
	services        TEXT[]      NOT NULL,
	regions         TEXT[]      NOT NULL, -- empty: every region
	started_at      TIMESTAMPTZ NOT NULL,
	detected_at     TIMESTAMPTZ,
	resolved_at     TIMESTAMPTZ,
	announced_at    TIMESTAMPTZ,
	sla_exclusion   TEXT,
	customer_impact TEXT,
	public_cause    TEXT,
	root_cause      TEXT,
	workaround      TEXT,
	remediation     TEXT[]      NOT NULL,
	PRIMARY KEY (run_id, incident_id)
);

CREATE TABLE in_incident_event (
	run_id      BIGINT      NOT NULL,
	line        BIGINT      NOT NULL,
	incident_id TEXT        NOT NULL,
	occurred_at TIMESTAMPTZ NOT NULL,
	kind        TEXT        NOT NULL,
	status      TEXT,
	services    TEXT[]      NOT NULL,
	regions     TEXT[]      NOT NULL,
	visibility  TEXT        NOT NULL,
	channel     TEXT,
	author      TEXT,
	message     TEXT,
	PRIMARY KEY (run_id, line)
);

CREATE TABLE in_usage (
	run_id      BIGINT NOT NULL,
	customer_id TEXT   NOT NULL,
	service     TEXT   NOT NULL,
	region      TEXT   NOT NULL,
	usage_date  DATE   NOT NULL,
	requests    BIGINT NOT NULL,
	errors      BIGINT
);

CREATE INDEX in_usage_lookup ON in_usage (run_id, customer_id, service, region, usage_date) WHERE requests > 0;

CREATE TABLE in_ticket (
	run_id         BIGINT      NOT NULL,
	ticket_id      TEXT        NOT NULL,
	line           BIGINT      NOT NULL,
	customer_id    TEXT        NOT NULL,
	incident_id    TEXT,
	opened_at      TIMESTAMPTZ NOT NULL,
	channel        TEXT        NOT NULL,
	public_channel BOOLEAN     NOT NULL,
	sentiment      TEXT,
	subject        TEXT,
	PRIMARY KEY (run_id, ticket_id)
);

CREATE TABLE input_reject (
	run_id BIGINT NOT NULL,
	file   TEXT   NOT NULL,
	line   BIGINT NOT NULL,
	record TEXT   NOT NULL,
	reason TEXT   NOT NULL,
	PRIMARY KEY (run_id, file, line)
);

-- Rows read per file, kept when a file's step completes.
CREATE TABLE input_file_count (
	run_id BIGINT NOT NULL,
	file   TEXT   NOT NULL,
	read   BIGINT NOT NULL,
	PRIMARY KEY (run_id, file)
);
