-- Schema 1: sources and their passages, speakers, cases with typed attributes and consent, coders,
-- memos, and the operations log. Later schemas add codes, codings, indicators and reviews.
--
-- Conventions
--   * Every entity has an integer id (joins) and a GUID (REFI-QDA exchange, links across copies).
--   * Text anchors (cp_start, cp_end) are half-open ranges of Unicode code points into the source's
--     NFC text in source_text.text.
--   * Times are UTC ISO 8601 text with milliseconds, so they sort as text.
--   * Deleting a source deletes its text, passages and speakers (ON DELETE CASCADE); the change is
--     logged in ops by the same transaction.

CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE coders (
    id         INTEGER PRIMARY KEY,
    guid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    guid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('interview', 'workshop-notes', 'submission', 'case-study-notes',
                                              'survey-response', 'field-notes', 'document')),
    lang          TEXT NOT NULL DEFAULT 'und',
    format        TEXT NOT NULL,
    layout        TEXT NOT NULL DEFAULT '',
    encoding      TEXT NOT NULL DEFAULT '',
    original_name TEXT NOT NULL DEFAULT '',
    sha256        TEXT NOT NULL,
    char_count    INTEGER NOT NULL CHECK (char_count >= 0),
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES coders(id),
    modified_at   TEXT NOT NULL
);
CREATE INDEX sources_by_sha256 ON sources(sha256);
CREATE INDEX sources_by_name ON sources(name);

-- The full NFC text, apart from the listing columns so listing sources never reads megabytes.
CREATE TABLE source_text (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    text      TEXT NOT NULL
);

-- Files imported as something other than one source (a survey export becomes cases and many
-- sources): their hash detects a repeated import.
CREATE TABLE imported_files (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL,
    original_name TEXT NOT NULL,
    what          TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    imported_by   INTEGER REFERENCES coders(id)
);
CREATE INDEX imported_files_by_sha256 ON imported_files(sha256);

CREATE TABLE cases (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL DEFAULT 'participant'
                 CHECK (kind IN ('participant', 'organisation', 'site', 'group')),
    description  TEXT NOT NULL DEFAULT '',
    consent      TEXT NOT NULL DEFAULT 'unknown' CHECK (consent IN ('unknown', 'quote', 'anonymous', 'none')),
    consent_date TEXT,
    consent_note TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    modified_at  TEXT NOT NULL
);

-- Speakers belong to one source: "Interviewer" in two transcripts may be two people. A speaker can
-- be linked to the case (participant) it is.
CREATE TABLE speakers (
    id        INTEGER PRIMARY KEY,
    guid      TEXT NOT NULL UNIQUE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    case_id   INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    UNIQUE (source_id, name)
);
CREATE INDEX speakers_by_case ON speakers(case_id);

-- Passages are the unit of search results: paragraphs, cues or speaker turns. `text` repeats the
-- span of source_text so search and listing never slice megabyte strings; `cairn check` verifies
-- that the two agree.
CREATE TABLE passages (
    id            INTEGER PRIMARY KEY,
    guid          TEXT NOT NULL UNIQUE,
    source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL CHECK (idx >= 0),
    cp_start      INTEGER NOT NULL CHECK (cp_start >= 0),
    cp_end        INTEGER NOT NULL CHECK (cp_end >= cp_start),
    speaker_id    INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    lang          TEXT NOT NULL DEFAULT 'und',
    lang_origin   TEXT NOT NULL DEFAULT 'detected' CHECK (lang_origin IN ('detected', 'import', 'format', 'user')),
    time_start_ms INTEGER,
    time_end_ms   INTEGER,
    text          TEXT NOT NULL,
    UNIQUE (source_id, idx)
);
CREATE INDEX passages_by_speaker ON passages(speaker_id);

-- Attributes are defined once per project with their type; values are stored with SQLite's own type
-- for it (integer and boolean as INTEGER, decimal as REAL, text and ISO dates as TEXT).
CREATE TABLE attributes (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL CHECK (type IN ('text', 'integer', 'decimal', 'boolean', 'date')),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE case_values (
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value        ANY NOT NULL,
    PRIMARY KEY (case_id, attribute_id)
) WITHOUT ROWID;
CREATE INDEX case_values_by_attribute ON case_values(attribute_id, value);

CREATE TABLE case_sources (
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, source_id)
) WITHOUT ROWID;
CREATE INDEX case_sources_by_source ON case_sources(source_id);

-- Memos: on a source, a case, or free-standing (the project journal). Codes and codings get their
-- own memo links when they arrive.
CREATE TABLE memos (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    author_id   INTEGER REFERENCES coders(id),
    source_id   INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    case_id     INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX memos_by_source ON memos(source_id);
CREATE INDEX memos_by_case ON memos(case_id);

-- The operations log: one row per change, written by the same transaction as the change. seq has no
-- gaps (rows are never deleted), which `cairn check` verifies; undo/redo, the audit trail and the
-- search outbox read it.
CREATE TABLE ops (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    coder_id    INTEGER REFERENCES coders(id),
    op          TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_guid TEXT,
    before      TEXT,
    after       TEXT
);
