-- odoo-connector reliability kit, schema version 2 (PostgreSQL 12+).
-- Commit-safe per-aggregate order, cheap heads for hot aggregates, audited inbox replay.

-- The producing transaction (txid_current(), epoch-extended so it never wraps). Within an aggregate,
-- entries are ordered by (producer_xid, id), and an entry is claimable only once producer_xid is
-- older than every transaction still running (txid_snapshot_xmin): no transaction that could still
-- commit an earlier entry of the aggregate is open. Existing rows get the migration's id, so their
-- relative order stays the id order.
ALTER TABLE odc_outbox ADD COLUMN producer_xid bigint NOT NULL DEFAULT txid_current();
-- Hint: the row is (probably) the first open row of its aggregate. Claims scan only flagged rows,
-- so 10,000 waiting events of one busy order cost nothing per claim; order is still checked exactly.
ALTER TABLE odc_outbox ADD COLUMN head boolean NOT NULL DEFAULT false;
UPDATE odc_outbox o SET head = true
 WHERE o.status IN ('PENDING', 'IN_FLIGHT')
   AND NOT EXISTS (SELECT 1 FROM odc_outbox p WHERE p.aggregate_key = o.aggregate_key
                      AND p.status IN ('PENDING', 'IN_FLIGHT') AND p.id < o.id);
DROP INDEX odc_outbox_open_idx;
DROP INDEX odc_outbox_open_aggregate_idx;
CREATE INDEX odc_outbox_head_idx ON odc_outbox (id) WHERE head AND status IN ('PENDING', 'IN_FLIGHT');
CREATE INDEX odc_outbox_open_aggregate_idx ON odc_outbox (aggregate_key, producer_xid, id)
    WHERE status IN ('PENDING', 'IN_FLIGHT');

-- Inbox: listing by status (failed messages for replay) and the replay audit trail.
CREATE INDEX odc_inbox_status_idx ON odc_inbox (status, id);
CREATE TABLE odc_inbox_replay (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inbox_id          bigint       NOT NULL REFERENCES odc_inbox (id) ON DELETE CASCADE,
    source            varchar(200) NOT NULL,
    event_id          varchar(500) NOT NULL,
    previous_status   varchar(16)  NOT NULL,
    previous_attempts integer      NOT NULL,
    previous_error    text,
    requested_by      varchar(200) NOT NULL,
    reason            text         NOT NULL,
    replayed_at       timestamptz  NOT NULL
);
CREATE INDEX odc_inbox_replay_event_idx ON odc_inbox_replay (source, event_id, id);
