-- Usage rows are no longer stored: the lookback is answered while the file is read, and only
-- its result, the reliance rows, is kept. The run summary still counts the accepted usage
-- rows, so the count is kept where the rows used to be counted.

DROP TABLE in_usage;

ALTER TABLE input_file_count ADD COLUMN accepted BIGINT;
