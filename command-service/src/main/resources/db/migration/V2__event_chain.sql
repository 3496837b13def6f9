-- Tamper evidence: every tenant's events form a hash chain. Each link's hash covers the event (identity,
-- position, type, recorded time, payload, metadata) and the previous link's hash, so editing or deleting a
-- stored event breaks every later link. The chain is written by a trigger in the same transaction as the
-- event, whoever inserts it; IntegrityCheck recomputes it. The tenant is the aggregate identifier's first part.

CREATE TABLE event_chain (
    global_index BIGINT       NOT NULL PRIMARY KEY REFERENCES domain_event_entry (global_index),
    tenant       VARCHAR(16)  NOT NULL,
    position     BIGINT       NOT NULL,
    hash         BYTEA        NOT NULL,
    CONSTRAINT event_chain_tenant_position UNIQUE (tenant, position)
);

CREATE TABLE event_chain_head (
    tenant   VARCHAR(16) NOT NULL PRIMARY KEY,
    position BIGINT      NOT NULL,
    hash     BYTEA       NOT NULL
);

CREATE FUNCTION event_chain_link() RETURNS trigger AS $$
DECLARE
    link_tenant   VARCHAR(16) := split_part(NEW.aggregate_identifier, '/', 1);
    previous      event_chain_head%ROWTYPE;
    link_position BIGINT;
    link_hash     BYTEA;
BEGIN
    -- One writer per tenant at a time, so two transactions never extend the chain from the same link.
    PERFORM pg_advisory_xact_lock(hashtext('event_chain:' || link_tenant));
    SELECT * INTO previous FROM event_chain_head WHERE tenant = link_tenant;
    link_position := COALESCE(previous.position, 0) + 1;
    link_hash := sha256(COALESCE(previous.hash, ''::bytea)
        || sha256(convert_to(concat_ws('|', NEW.event_identifier, NEW.aggregate_identifier, NEW.sequence_number,
                                       NEW.payload_type, COALESCE(NEW.payload_revision, ''), NEW.time_stamp), 'UTF8'))
        || sha256(NEW.payload)
        || sha256(COALESCE(NEW.meta_data, ''::bytea)));
    INSERT INTO event_chain (global_index, tenant, position, hash)
    VALUES (NEW.global_index, link_tenant, link_position, link_hash);
    INSERT INTO event_chain_head (tenant, position, hash) VALUES (link_tenant, link_position, link_hash)
    ON CONFLICT (tenant) DO UPDATE SET position = EXCLUDED.position, hash = EXCLUDED.hash;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER domain_event_entry_chain
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_chain_link();
