-- Usage is most of what a run loads. It now lives in one partition per run, so that a finished
-- run drops its usage at once instead of deleting millions of rows, and it has no index: the
-- lookback is one pass over it, joined to the few impact windows, into the reliance table.

DROP TABLE in_usage;

CREATE TABLE in_usage (
	run_id      BIGINT NOT NULL,
	customer_id TEXT   NOT NULL,
	service     TEXT   NOT NULL,
	region      TEXT   NOT NULL,
	usage_date  DATE   NOT NULL,
	requests    BIGINT NOT NULL,
	errors      BIGINT
) PARTITION BY LIST (run_id);

-- Which subscriptions relied on a (service, region) in the lookback range of an incident's impact
-- window: requests > 0 on some date from date(start) - lookback through date(end).
CREATE TABLE reliance (
	run_id      BIGINT NOT NULL,
	incident_id TEXT   NOT NULL,
	customer_id TEXT   NOT NULL,
	service     TEXT   NOT NULL,
	region      TEXT   NOT NULL,
	PRIMARY KEY (run_id, customer_id, service, region, incident_id)
);
