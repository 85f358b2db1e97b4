-- A credit line's incidents are a list: kept as one, so that no query splits a joined
-- text again. A line has always had at least one incident; an empty text, were there
-- one, is an empty list.

ALTER TABLE credit ALTER COLUMN incident_ids TYPE TEXT[]
	USING CASE WHEN incident_ids = '' THEN '{}'::TEXT[] ELSE string_to_array(incident_ids, ';') END;
