-- Schema 4: indicator frameworks as versioned data, indicator values by scope and period, links from
-- codes to indicators, and mappings between indicators of different frameworks or versions.
--
-- frameworks: one published set in one version ("Welsh National Well-being Indicators", 2021).
--   * key is the short name users type ("wales-nwi-2021"); versions of one set are separate
--     frameworks with their own keys, so the 2016 and 2021 sets coexist and indicator_mappings says
--     which indicator continues which.
--
-- indicators: the nodes of a framework, in a tree: groups, domains and measurable indicators.
--   * ident is the framework's own identifier ("16", "1.17", "Work"), unique within the framework.
--   * kind says what the node is; values may be recorded against any node (the 2019 Home Office
--     domains have no published per-domain indicators in Cairn, yet projects report by domain).
--   * unit: percent, score, count, currency, ratio, or '' when unknown; direction: higher (is better),
--     lower (is better), neither.
--   * breakdowns: the dimensions the framework reports it by, as a comma-separated list ("age group, sex").
--
-- indicator_values: one number for one indicator, scope, period and breakdown.
--   * scope is 'project' (the whole project or area), 'case' (case_id set) or 'group' (group_label set:
--     a named group of cases or places, e.g. "refugees" or "Newport").
--   * period is as written ("2021", "2019-04-01/2020-03-31", "arrival"); period_start and period_end
--     are ISO dates when it is a date or a range, so values sort in time; a label sorts after dates in
--     the order it was first recorded.
--   * breakdown is '' for the total, otherwise e.g. "age group=16-24".
--
-- indicator_links: a code is evidence for an indicator (many-to-many), with the reason.
--   * shipped marks links Cairn's default link file made, so they can be told from the user's own.

CREATE TABLE frameworks (
    id          INTEGER PRIMARY KEY,
    guid        TEXT NOT NULL UNIQUE,
    key         TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    publisher   TEXT NOT NULL DEFAULT '',
    version     TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

CREATE TABLE indicators (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    framework_id INTEGER NOT NULL REFERENCES frameworks(id) ON DELETE CASCADE,
    parent_id    INTEGER REFERENCES indicators(id) ON DELETE CASCADE,
    ident        TEXT NOT NULL CHECK (length(ident) > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('group', 'domain', 'indicator')),
    title        TEXT NOT NULL CHECK (length(title) > 0),
    definition   TEXT NOT NULL DEFAULT '',
    unit         TEXT NOT NULL DEFAULT '' CHECK (unit IN ('', 'percent', 'score', 'count', 'currency', 'ratio')),
    direction    TEXT NOT NULL DEFAULT 'neither' CHECK (direction IN ('higher', 'lower', 'neither')),
    breakdowns   TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL,
    UNIQUE (framework_id, ident)
);
CREATE INDEX indicators_by_parent ON indicators(framework_id, parent_id, position);

CREATE TABLE indicator_values (
    id           INTEGER PRIMARY KEY,
    guid         TEXT NOT NULL UNIQUE,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    scope        TEXT NOT NULL CHECK (scope IN ('project', 'case', 'group')),
    case_id      INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    group_label  TEXT NOT NULL DEFAULT '',
    period       TEXT NOT NULL CHECK (length(period) > 0),
    period_start TEXT,
    period_end   TEXT,
    breakdown    TEXT NOT NULL DEFAULT '',
    value        REAL NOT NULL,
    n            INTEGER CHECK (n IS NULL OR n >= 0),
    source       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    CHECK ((scope = 'case') = (case_id IS NOT NULL)),
    CHECK ((scope = 'group') = (length(group_label) > 0))
);
CREATE UNIQUE INDEX indicator_values_unique
    ON indicator_values(indicator_id, scope, IFNULL(case_id, 0), group_label, period, breakdown);
CREATE INDEX indicator_values_by_case ON indicator_values(case_id);

CREATE TABLE indicator_links (
    id           INTEGER PRIMARY KEY,
    code_id      INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    rationale    TEXT NOT NULL DEFAULT '',
    shipped      INTEGER NOT NULL DEFAULT 0 CHECK (shipped IN (0, 1)),
    created_at   TEXT NOT NULL,
    UNIQUE (code_id, indicator_id)
);
CREATE INDEX indicator_links_by_indicator ON indicator_links(indicator_id);

-- "to continues from": an indicator of a later set that carries on one of an earlier set (same
-- measure, or changed wording), so values of both versions can be read as one series.
CREATE TABLE indicator_mappings (
    id        INTEGER PRIMARY KEY,
    from_id   INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    to_id     INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    relation  TEXT NOT NULL CHECK (relation IN ('same', 'reworded', 'split', 'merged', 'related')),
    note      TEXT NOT NULL DEFAULT '',
    UNIQUE (from_id, to_id),
    CHECK (from_id <> to_id)
);
