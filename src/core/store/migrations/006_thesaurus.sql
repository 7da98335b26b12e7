-- Schema 6: the project's thesaurus, applied to queries by both search engines (search/thesaurus.h).
--
-- A ring is a set of words or phrases that mean the same thing in this project ("ESOL", "English
-- classes", "English lessons"; "Caerdydd", "Cardiff"): a query for any one of them also finds the others.
--   * phrase is as the user wrote it; key is the analyser's folded words joined by one space, so
--     "english  Classes" and "English classes" are one entry, and a query word or "phrase" is matched
--     by its key. A key belongs to at most one ring.
--   * ring is a number shared by the entries of one ring; rings are merged when an entry joins two.
--   * The thesaurus is project data: it travels with the .cairn file, and edits to it are recorded by
--     store::Edit (undoable like any edit). REFI-QDA has no place for it (the export says so).

CREATE TABLE thesaurus (
    id     INTEGER PRIMARY KEY,
    ring   INTEGER NOT NULL,
    phrase TEXT NOT NULL CHECK (length(phrase) > 0),
    key    TEXT NOT NULL UNIQUE CHECK (length(key) > 0)
);

CREATE INDEX thesaurus_by_ring ON thesaurus(ring);
