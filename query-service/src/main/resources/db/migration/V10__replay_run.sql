-- Replays of read models, one at a time, with their progress: a replay rebuilds into the schema kinerja_replay beside
-- the live tables and switches when complete. positions holds, per Kafka partition ("topic-partition"), the next
-- offset already in the replay's tables — committed with them, so a restarted service resumes where it was;
-- end_offsets the ends noted when the replay began.
CREATE TABLE replay_run (
    id             bigserial   PRIMARY KEY,
    tenant         text,
    state          text        NOT NULL,
    phase          text,
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    end_offsets    jsonb       NOT NULL DEFAULT '{}',
    positions      jsonb       NOT NULL DEFAULT '{}',
    total_records  bigint      NOT NULL DEFAULT 0,
    read_records   bigint      NOT NULL DEFAULT 0,
    applied_events bigint      NOT NULL DEFAULT 0,
    error          text
);
CREATE UNIQUE INDEX replay_run_one_running ON replay_run ((state)) WHERE state = 'RUNNING';
