-- Schema 2: the full-text index inside the project file (FTS5, tokenizer "cairn": store/fts_tokenizer.h).
--
-- passages_fts indexes passages.text; memos_fts indexes memos.title and memos.text.
--   * External content: the index holds terms and positions only; the text stays in passages and
--     memos, so the file does not grow by a second copy of the corpus.
--   * Triggers keep the index in step inside the transaction that changes the data: a passage and
--     its terms are committed, or rolled back, together, so search never disagrees with the project.
--     An update or delete first removes the OLD value's terms ('delete' needs exactly the value that
--     was indexed), then indexes the NEW one.
--   * A passage's language selects its expansions (Welsh radicals, stems…). FTS5 in SQLite 3.40 has
--     no per-row locale, so passages_fts_content presents body = char(2) || lang || char(3) || text
--     and the tokenizer reads the language from that prefix. Changing a passage's language re-indexes
--     it (the trigger fires on lang).
--   * Memos carry no language: their values have no prefix and are indexed as "und" (folded words,
--     no expansions).
--   * Code names (with the coding feature) get codes_fts the same way: external content over codes
--     (name, definition), its own triggers, rebuilt with the others when the analyser changes.
--   * project_meta 'analyser_version' is the text::Analyser::kVersion the index was built with. It
--     is absent here on purpose: opening the project for writing finds the difference and builds the
--     index (search/index_version.h), once, with progress; a new analyser version does the same.

CREATE VIEW passages_fts_content(id, body) AS
    SELECT id, char(2) || lang || char(3) || text FROM passages;

CREATE VIRTUAL TABLE passages_fts USING fts5(
    body,
    content = 'passages_fts_content',
    content_rowid = 'id',
    tokenize = 'cairn'
);

CREATE TRIGGER passages_fts_after_insert AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, body) VALUES (new.id, char(2) || new.lang || char(3) || new.text);
END;

CREATE TRIGGER passages_fts_after_delete AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, body)
        VALUES ('delete', old.id, char(2) || old.lang || char(3) || old.text);
END;

CREATE TRIGGER passages_fts_after_update AFTER UPDATE OF id, text, lang ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, body)
        VALUES ('delete', old.id, char(2) || old.lang || char(3) || old.text);
    INSERT INTO passages_fts(rowid, body) VALUES (new.id, char(2) || new.lang || char(3) || new.text);
END;

-- lang: filters, and the project's languages for query expansion (a skip-scan over this index).
CREATE INDEX passages_by_lang ON passages(lang);

CREATE VIRTUAL TABLE memos_fts USING fts5(
    title,
    text,
    content = 'memos',
    content_rowid = 'id',
    tokenize = 'cairn'
);

CREATE TRIGGER memos_fts_after_insert AFTER INSERT ON memos BEGIN
    INSERT INTO memos_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER memos_fts_after_delete AFTER DELETE ON memos BEGIN
    INSERT INTO memos_fts(memos_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER memos_fts_after_update AFTER UPDATE OF id, title, text ON memos BEGIN
    INSERT INTO memos_fts(memos_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO memos_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
