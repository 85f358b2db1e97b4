-- The ledger of exported credits: per (period, customer, service, region), the line billing
-- last imported. It changes only in the transaction that marks a run complete, so a crash
-- leaves it as it was before the run or as it is after, never in between.

CREATE TABLE credit_ledger (
	period           TEXT        NOT NULL,
	customer_id      TEXT        NOT NULL,
	service          TEXT        NOT NULL,
	region           TEXT        NOT NULL,
	customer_name    TEXT        NOT NULL,
	plan             TEXT        NOT NULL,
	currency         TEXT        NOT NULL,
	monthly_fee_text TEXT        NOT NULL,
	sla_target       NUMERIC,
	credit_amount    NUMERIC     NOT NULL,
	run_id           BIGINT      NOT NULL,
	recorded_at      TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (period, customer_id, service, region)
);

-- What each run changed against the ledger: the rows of its credit_adjustments.csv.
CREATE TABLE credit_adjustment (
	run_id            BIGINT  NOT NULL,
	period            TEXT    NOT NULL,
	customer_id       TEXT    NOT NULL,
	service           TEXT    NOT NULL,
	region            TEXT    NOT NULL,
	currency          TEXT    NOT NULL,
	previous_amount   NUMERIC NOT NULL,
	credit_amount     NUMERIC NOT NULL,
	adjustment_amount NUMERIC NOT NULL,
	PRIMARY KEY (run_id, customer_id, service, region)
);

-- Runs whose outputs were exported: written with the ledger, in one transaction.
CREATE TABLE completed_run (
	run_id       BIGINT      PRIMARY KEY,
	period       TEXT        NOT NULL,
	completed_at TIMESTAMPTZ NOT NULL
);
