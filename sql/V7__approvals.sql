-- Finance's decisions and what billing was handed. Decisions are only ever added: the
-- latest one of a line is in force, the earlier ones are its history.

-- Each reviewed workbook taken in, once: the same file again changes nothing.
CREATE TABLE approval_import (
	workbook_sha256 TEXT        PRIMARY KEY,
	period          TEXT        NOT NULL,
	run_id          BIGINT      NOT NULL,
	file_name       TEXT        NOT NULL,
	source          TEXT        NOT NULL, -- 'approve' or 'carried over'
	decisions       INTEGER     NOT NULL,
	imported_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE credit_decision (
	decision_id     BIGSERIAL   PRIMARY KEY,
	period          TEXT        NOT NULL,
	customer_id     TEXT        NOT NULL,
	service         TEXT        NOT NULL,
	region          TEXT        NOT NULL,
	customer_name   TEXT        NOT NULL,
	currency        TEXT        NOT NULL,
	decision        TEXT        NOT NULL CHECK (decision IN ('Approved', 'Rejected')),
	credit_amount   NUMERIC     NOT NULL, -- the amount decided on: a new amount needs a new decision
	reviewer        TEXT        NOT NULL,
	comment         TEXT,
	decided_at      TIMESTAMPTZ NOT NULL,
	run_id          BIGINT      NOT NULL, -- the run whose amount was decided on
	workbook_sha256 TEXT,                 -- NULL when the auto-approval policy decided
	policy          TEXT                  -- the policy that decided, or NULL for a person
);

CREATE INDEX credit_decision_line ON credit_decision (period, customer_id, service, region, decision_id);

-- One row per file in the billing outbox. Rows are recorded before their file is written,
-- and the file is written from them alone, so a crash in between re-writes the same file.
CREATE TABLE billing_handoff (
	handoff_id BIGSERIAL   PRIMARY KEY,
	outbox     TEXT        NOT NULL,
	file_name  TEXT        NOT NULL UNIQUE,
	period     TEXT        NOT NULL,
	created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE billing_line (
	handoff_id        BIGINT      NOT NULL REFERENCES billing_handoff,
	period            TEXT        NOT NULL,
	customer_id       TEXT        NOT NULL,
	service           TEXT        NOT NULL,
	region            TEXT        NOT NULL,
	customer_name     TEXT        NOT NULL,
	currency          TEXT        NOT NULL,
	previous_amount   NUMERIC     NOT NULL,
	adjustment_amount NUMERIC     NOT NULL,
	approved_amount   NUMERIC     NOT NULL,
	reviewer          TEXT        NOT NULL,
	approved_at       TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (handoff_id, customer_id, service, region)
);

CREATE INDEX billing_line_period ON billing_line (period, customer_id, service, region);

-- Support's status and notes of a customer on the follow-up list, carried from run to run.
CREATE TABLE follow_up_note (
	period      TEXT        NOT NULL,
	customer_id TEXT        NOT NULL,
	status      TEXT,
	notes       TEXT,
	recorded_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (period, customer_id)
);
