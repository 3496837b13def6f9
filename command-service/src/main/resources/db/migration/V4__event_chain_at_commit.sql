-- The chain link of an event is written when its transaction commits, not when the event is inserted.
--
-- The row trigger of V2 took the daerah's chain lock at the insert and held it until the commit, across everything
-- command-service still did in between (the rest of the unit of work, the commit round trip): under load, 57 % of the
-- busy PostgreSQL sessions waited for that lock and 10 % were its holders idle in transaction (infra/load,
-- docs/scale.md). As a deferred constraint trigger the same function runs inside COMMIT, after the transaction's
-- last statement: the lock is held for the link's hashing and two small writes, then the commit's WAL flush.
--
-- The guarantees stay: one writer per daerah extends the chain at a time, every committed event has exactly one
-- link (an event whose transaction rolls back never gets one), links are numbered without gaps. Links now follow
-- the order in which a daerah's transactions commit, which the integrity check already follows (it reads the chain
-- by position, not by global index). Events of one transaction are linked in the order they were inserted.
DROP TRIGGER domain_event_entry_chain ON domain_event_entry;

CREATE CONSTRAINT TRIGGER domain_event_entry_chain
    AFTER INSERT ON domain_event_entry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION event_chain_link();
