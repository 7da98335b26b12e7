-- Schema 5: the outbox that keeps the Xapian index (search/xapian_index.h) in step with the project.
--
-- The Xapian index is derived data in the user's cache directory, outside any SQLite transaction, so
-- it cannot be updated by the transaction that changes a passage. Instead that transaction appends the
-- ids of the passages whose Xapian document changes to search_outbox, here, by triggers: the change
-- and its outbox rows commit or roll back together. A writer later applies the rows after the index's
-- applied sequence and stores the new one in Xapian metadata, committed with the documents.
--   * seq is AUTOINCREMENT so a number is never reused, even after the highest rows are deleted: an
--     index whose applied sequence is above the highest seq belongs to another copy of the project.
--   * A passage's document holds its text and language, its source's kind, name and date, its speaker,
--     its cases (through the source or the speaker), those cases' attribute values and the codes of
--     the codings overlapping it, so a change to any of these names the passages it touches.
--   * Undo and redo apply changesets to the tables below; the triggers fire again and the outbox
--     records the reverse change, so the index follows undo like any edit. The outbox itself is not
--     recorded by edits (store/edit_log.h), as the FTS tables are not.

CREATE TABLE search_outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    passage_id INTEGER NOT NULL
);

CREATE TRIGGER search_outbox_passage_insert AFTER INSERT ON passages BEGIN
    INSERT INTO search_outbox(passage_id) VALUES (new.id);
END;

CREATE TRIGGER search_outbox_passage_delete AFTER DELETE ON passages BEGIN
    INSERT INTO search_outbox(passage_id) VALUES (old.id);
END;

CREATE TRIGGER search_outbox_passage_update AFTER UPDATE ON passages BEGIN
    INSERT INTO search_outbox(passage_id) SELECT old.id WHERE old.id != new.id;
    INSERT INTO search_outbox(passage_id) VALUES (new.id);
END;

CREATE TRIGGER search_outbox_source_update AFTER UPDATE OF name, kind, created_at ON sources BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages WHERE source_id = new.id;
END;

CREATE TRIGGER search_outbox_speaker_update AFTER UPDATE OF name, case_id ON speakers BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages WHERE speaker_id = new.id;
END;

CREATE TRIGGER search_outbox_case_source_insert AFTER INSERT ON case_sources BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages WHERE source_id = new.source_id;
END;

CREATE TRIGGER search_outbox_case_source_delete AFTER DELETE ON case_sources BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages WHERE source_id = old.source_id;
END;

-- The passages of one case: through its sources, or spoken by a speaker linked to it.
CREATE TRIGGER search_outbox_case_value_insert AFTER INSERT ON case_values BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages
        WHERE source_id IN (SELECT source_id FROM case_sources WHERE case_id = new.case_id)
           OR speaker_id IN (SELECT id FROM speakers WHERE case_id = new.case_id);
END;

CREATE TRIGGER search_outbox_case_value_update AFTER UPDATE ON case_values BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages
        WHERE source_id IN (SELECT source_id FROM case_sources WHERE case_id IN (old.case_id, new.case_id))
           OR speaker_id IN (SELECT id FROM speakers WHERE case_id IN (old.case_id, new.case_id));
END;

CREATE TRIGGER search_outbox_case_value_delete AFTER DELETE ON case_values BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages
        WHERE source_id IN (SELECT source_id FROM case_sources WHERE case_id = old.case_id)
           OR speaker_id IN (SELECT id FROM speakers WHERE case_id = old.case_id);
END;

CREATE TRIGGER search_outbox_coding_insert AFTER INSERT ON codings BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages
        WHERE source_id = new.source_id AND cp_start < new.cp_end AND cp_end > new.cp_start;
END;

CREATE TRIGGER search_outbox_coding_delete AFTER DELETE ON codings BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages
        WHERE source_id = old.source_id AND cp_start < old.cp_end AND cp_end > old.cp_start;
END;

CREATE TRIGGER search_outbox_coding_update AFTER UPDATE OF code_id, source_id, cp_start, cp_end ON codings BEGIN
    INSERT INTO search_outbox(passage_id) SELECT id FROM passages
        WHERE (source_id = old.source_id AND cp_start < old.cp_end AND cp_end > old.cp_start)
           OR (source_id = new.source_id AND cp_start < new.cp_end AND cp_end > new.cp_start);
END;
