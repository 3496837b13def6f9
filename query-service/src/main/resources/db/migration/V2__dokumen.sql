-- What documents printed (kept to show where they contradict themselves) and the LKjIP narrative sections.
-- A printed figure is a fact of its own: rows are only ever opened. A narrative section's rewrite closes the
-- previous text at its recorded time, like every other read model.

CREATE TABLE stated_figure (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    year          int         NOT NULL,
    figure        text        NOT NULL,
    figure_key    text,
    period        text,
    revision      int,
    value         numeric     NOT NULL,
    where_printed text        NOT NULL,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE INDEX stated_figure_asof ON stated_figure (tenant, opd, year, recorded_from) INCLUDE (recorded_to);

CREATE TABLE narrative (
    id            bigserial PRIMARY KEY,
    tenant        text        NOT NULL,
    opd           text        NOT NULL,
    year          int         NOT NULL,
    section       text        NOT NULL,
    text          text        NOT NULL,
    recorded_from timestamptz NOT NULL,
    recorded_to   timestamptz
);
CREATE UNIQUE INDEX narrative_open ON narrative (tenant, opd, year, section) WHERE recorded_to IS NULL;
CREATE INDEX narrative_asof ON narrative (tenant, opd, year, recorded_from) INCLUDE (recorded_to);
