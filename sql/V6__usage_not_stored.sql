-- Usage rows are no longer stored: the lookback is answered while the file is read, and only
-- its result, the reliance rows, is kept. The run summary still counts the accepted usage
-- rows, so the count is kept where the rows used to be counted.

ALTER TABLE input_file_count ADD COLUMN accepted BIGINT;

-- A run that stopped after loading its usage and is restarted by this version keeps the
-- count of what it loaded; a finished run's usage is gone already, and its summary written.
UPDATE input_file_count f
SET accepted = (SELECT count(*) FROM in_usage u WHERE u.run_id = f.run_id)
WHERE f.file = 'usage.csv' AND EXISTS (SELECT 1 FROM in_usage u WHERE u.run_id = f.run_id);

DROP TABLE in_usage;
