-- Schema 7: privacy. Consent withdrawal, the pseudonym registry and its accepted matches, redaction
-- spans, sensitive attributes and the anonymisation log. The source text is never changed: every
-- replacement is applied when text leaves the project (privacy/publication.h).
--
-- consent_withdrawals: a case whose participant withdrew. Its consent reads as 'withdrawn' everywhere
--   (store::listCases); cases.consent keeps 'none' underneath. A separate table rather than a fifth value
--   in cases.consent's CHECK because SQLite can only widen a CHECK by rebuilding the table, and every
--   other table references cases (rebuilding under foreign_keys = ON would cascade deletes). Setting any
--   other consent removes the row (consent given again).
--
-- pseudonyms: the registry. real_text is what must not be published (a case's or speaker's name, a
--   place, an organisation, a relative's name); replacement is shown in its place in brackets.
--   kind 'case' and 'speaker' entries also replace the name where a quote is attributed.
--
-- pseudonym_matches: where a registered text occurs in a source, found with the search analyser (so
--   "Nghaerdydd" is found for "Caerdydd"). 'suggested' until the user accepts it; only 'applied' matches
--   are replaced in exports. Code-point spans into source_text.text, half-open.
--
-- redactions: any span of a source replaced in exports by a chosen text.
--
-- sensitive_attributes: attributes whose values are never exported.
--
-- privacy_log: the anonymisation log (UK Data Service practice): who did what kind of replacement,
--   redaction or withholding, and when. It holds GUIDs, spans and replacements, never the real text, so
--   it can be shared. Like ops it is an audit trail: not recorded by undo (an undo appears in ops).

CREATE TABLE consent_withdrawals (
    case_id      INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    withdrawn_on TEXT,
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL,
    recorded_by  INTEGER REFERENCES coders(id)
);

CREATE TABLE pseudonyms (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('case', 'speaker', 'term')),
    real_text   TEXT NOT NULL UNIQUE CHECK (length(real_text) > 0),
    replacement TEXT NOT NULL CHECK (length(replacement) > 0),
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES coders(id)
);

CREATE TABLE pseudonym_matches (
    id           INTEGER PRIMARY KEY,
    pseudonym_id INTEGER NOT NULL REFERENCES pseudonyms(id) ON DELETE CASCADE,
    source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    cp_start     INTEGER NOT NULL CHECK (cp_start >= 0),
    cp_end       INTEGER NOT NULL CHECK (cp_end > cp_start),
    status       TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'applied')),
    UNIQUE (pseudonym_id, source_id, cp_start, cp_end)
);
CREATE INDEX pseudonym_matches_by_source ON pseudonym_matches(source_id, cp_start);

CREATE TABLE redactions (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    cp_start    INTEGER NOT NULL CHECK (cp_start >= 0),
    cp_end      INTEGER NOT NULL CHECK (cp_end > cp_start),
    replacement TEXT NOT NULL CHECK (length(replacement) > 0),
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES coders(id)
);
CREATE INDEX redactions_by_source ON redactions(source_id, cp_start);

CREATE TABLE sensitive_attributes (
    attribute_id INTEGER PRIMARY KEY REFERENCES attributes(id) ON DELETE CASCADE,
    marked_at    TEXT NOT NULL
);

CREATE TABLE privacy_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    coder_id INTEGER REFERENCES coders(id),
    action   TEXT NOT NULL,
    target   TEXT NOT NULL DEFAULT '',
    detail   TEXT NOT NULL DEFAULT ''
);
