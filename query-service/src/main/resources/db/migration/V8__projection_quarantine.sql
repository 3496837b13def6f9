-- Events a projection could not apply however often it tried (a value PostgreSQL cannot hold, a payload recorded
-- before a rule existed): set aside with the reason instead of stopping every tenant's projection. Cleared and
-- applied again by a replay of their tenant (after a fix), like every other read-model row.
CREATE TABLE projection_quarantine (
    event_id       text        PRIMARY KEY,
    tenant         text        NOT NULL,
    global_index   bigint      NOT NULL,
    payload_type   text        NOT NULL,
    recorded_at    timestamptz,
    reason         text        NOT NULL,
    envelope       text        NOT NULL,
    quarantined_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projection_quarantine_tenant ON projection_quarantine (tenant);
