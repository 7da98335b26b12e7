-- Schema 8: quote review. A quote is a span proposed for publication (from a coding, or any span with a
-- code); reviewers approve, reject or ask for a change, and every action is kept as an event.
--
-- reviewers: people who review quotes (a community researcher, the data protection lead, a participant
--   checking their own words), named once with a role. Separate from coders: a reviewer may never code.
--
-- quotes: coding_id links a quote proposed from a coding. Its span then follows the coding's span (an
--   edited coding is an edited quote); cp_start/cp_end keep the span as proposed, so deleting the
--   coding (ON DELETE SET NULL) leaves the quote on the text it was proposed with.
--   status is the last decision. approved_text_hash is the SHA-256 of the quote's published text
--   (privacy::publishSpan) when it was approved: when the text published now hashes differently (the
--   span was edited, a pseudonym or redaction now applies, consent changed), the approval no longer
--   holds and the quote reads as 'proposed' again (project/quotes.cpp), so no output uses text nobody
--   approved.
--
-- quote_events: the review history, who did what and when, with the hash of the published text the
--   action was taken on. reviewer_id is NULL for a proposal (by proposed_by, a coder).
--
-- All three are project data recorded by store::Edit: each review action is one undo step.

CREATE TABLE reviewers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    role       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE quotes (
    id                 INTEGER PRIMARY KEY,
    guid               TEXT NOT NULL UNIQUE,
    coding_id          INTEGER REFERENCES codings(id) ON DELETE SET NULL,
    source_id          INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    cp_start           INTEGER NOT NULL CHECK (cp_start >= 0),
    cp_end             INTEGER NOT NULL CHECK (cp_end > cp_start),
    code_id            INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    status             TEXT NOT NULL DEFAULT 'proposed'
                       CHECK (status IN ('proposed', 'approved', 'rejected', 'change-requested')),
    approved_text_hash TEXT,
    proposed_by        INTEGER REFERENCES coders(id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX quotes_by_code ON quotes(code_id);
CREATE INDEX quotes_by_coding ON quotes(coding_id);

CREATE TABLE quote_events (
    id          INTEGER PRIMARY KEY,
    quote_id    INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    reviewer_id INTEGER REFERENCES reviewers(id),
    action      TEXT NOT NULL CHECK (action IN ('propose', 'approve', 'reject', 'request-change')),
    comment     TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    text_hash   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quote_events_by_quote ON quote_events(quote_id, id);
