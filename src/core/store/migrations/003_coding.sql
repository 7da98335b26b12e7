-- Schema 3: codes, codings, memos on any target, and the edits that undo and redo.
--
-- codes: the codebook, a tree.
--   * parent_id NULL is a top-level code; position orders siblings (0, 1, 2… rewritten on reorder).
--   * Sibling names are unique, so a path such as "Barriers/Language/ESOL waiting list" names one code.
--   * codable = 0 marks a folder code: it groups others and cannot be applied to text.
--   * Deleting a code deletes its sub-codes and their codings (ON DELETE CASCADE), in one edit.
--   * codebook names the shipped codebook a code came from (its GUID is then derived from that name and
--     the code's path, so loading the codebook twice finds the codes already there).
--
-- codings: one row per code applied to a span of a source.
--   * (source_id, cp_start, cp_end) is a half-open range of code points into source_text.text (NFC), the
--     unit REFI-QDA uses; converting from UTF-16 (Qt, NVivo) happens at the edges, in text/utf.h.
--   * coder_id is who applied it; two coders may code the same span with the same code (agreement
--     needs both), so there is no uniqueness over (code, source, span).
--   * selection_guid is the REFI-QDA PlainTextSelection the coding belongs to: kept from an import so a
--     round trip preserves identities, and shared by codings made on one selection.
--   * weight is optional (some tools rate codings); REFI-QDA cannot carry it, and export says so.
--
-- memos gain code_id and coding_id: a memo is on a source, a case, a code, a coding, or on nothing
-- (the project journal).
--
-- edits: the undo history. Each user edit is one transaction; while it runs, an SQLite session records
-- the rows it changes, and the changeset (zlib-compressed) is stored here in the same transaction.
--   * Undo applies the inverse changeset and marks the edit 'undone'; redo applies it again and marks it
--     'done'. A new edit deletes the 'undone' ones: the redo stack ends where a new edit begins.
--   * The history is linear, so the rows an undo touches are exactly as the edit left them; a changeset
--     that no longer applies means the file was changed outside Cairn, and the undo is refused.
--   * Not recorded: ops (the audit log keeps every undo and redo), coders (identities are never
--     removed), project_meta and the full-text tables (the triggers keep those in step with the data).
--   * first_seq and last_seq are the ops the edit logged.

CREATE TABLE codes (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    parent_id   INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    color       TEXT CHECK (color IS NULL OR (length(color) = 7 AND substr(color, 1, 1) = '#')),
    definition  TEXT NOT NULL DEFAULT '',
    inclusion   TEXT NOT NULL DEFAULT '',
    exclusion   TEXT NOT NULL DEFAULT '',
    example     TEXT NOT NULL DEFAULT '',
    codable     INTEGER NOT NULL DEFAULT 1 CHECK (codable IN (0, 1)),
    position    INTEGER NOT NULL,
    codebook    TEXT,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE UNIQUE INDEX codes_by_parent_name ON codes(IFNULL(parent_id, 0), name);
CREATE INDEX codes_by_parent_position ON codes(parent_id, position);

CREATE TABLE codings (
    id             INTEGER PRIMARY KEY,
    guid           TEXT NOT NULL UNIQUE,
    code_id        INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    source_id      INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    cp_start       INTEGER NOT NULL CHECK (cp_start >= 0),
    cp_end         INTEGER NOT NULL CHECK (cp_end > cp_start),
    coder_id       INTEGER NOT NULL REFERENCES coders(id),
    weight         REAL,
    selection_guid TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX codings_by_source ON codings(source_id, cp_start);
CREATE INDEX codings_by_code ON codings(code_id, source_id, cp_start);

ALTER TABLE memos ADD COLUMN code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE;
ALTER TABLE memos ADD COLUMN coding_id INTEGER REFERENCES codings(id) ON DELETE CASCADE;
CREATE INDEX memos_by_code ON memos(code_id);
CREATE INDEX memos_by_coding ON memos(coding_id);

CREATE TABLE edits (
    id        INTEGER PRIMARY KEY,
    label     TEXT NOT NULL,
    at        TEXT NOT NULL,
    coder_id  INTEGER REFERENCES coders(id),
    first_seq INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    state     TEXT NOT NULL CHECK (state IN ('done', 'undone')),
    changeset BLOB NOT NULL
);
CREATE INDEX edits_by_state ON edits(state, id);

-- Code names and definitions are searchable the way memos are (no language: folded words, no stems).
CREATE VIRTUAL TABLE codes_fts USING fts5(
    name,
    definition,
    content = 'codes',
    content_rowid = 'id',
    tokenize = 'cairn'
);

CREATE TRIGGER codes_fts_after_insert AFTER INSERT ON codes BEGIN
    INSERT INTO codes_fts(rowid, name, definition) VALUES (new.id, new.name, new.definition);
END;

CREATE TRIGGER codes_fts_after_delete AFTER DELETE ON codes BEGIN
    INSERT INTO codes_fts(codes_fts, rowid, name, definition)
        VALUES ('delete', old.id, old.name, old.definition);
END;

CREATE TRIGGER codes_fts_after_update AFTER UPDATE OF id, name, definition ON codes BEGIN
    INSERT INTO codes_fts(codes_fts, rowid, name, definition)
        VALUES ('delete', old.id, old.name, old.definition);
    INSERT INTO codes_fts(rowid, name, definition) VALUES (new.id, new.name, new.definition);
END;
