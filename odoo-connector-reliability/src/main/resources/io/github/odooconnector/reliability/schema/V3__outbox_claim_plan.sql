-- odoo-connector reliability kit, schema version 3 (PostgreSQL 12+).
-- Outbox claims that stay proportional to the batch, not to the backlog.

-- odc_outbox_status_idx (status, id) offered the planner a second way to find the claim's candidates:
-- a bitmap scan of every open row, the per-aggregate order check evaluated for every head, then a sort
-- by id, then the LIMIT. Once VACUUM had recorded the table's size (but no column statistics), the
-- planner chose it: 3.5 ms per claim at 2,000 open rows instead of 0.4 ms for the ordered scan of
-- odc_outbox_head_idx that stops after the batch. Every status change also had to maintain it.
-- Its readers get narrower indexes: dead letters by id, delivered rows by delivery time (purge);
-- pending and in-flight rows are found through odc_outbox_open_aggregate_idx.
DROP INDEX IF EXISTS odc_outbox_status_idx;
CREATE INDEX odc_outbox_dead_idx ON odc_outbox (id) WHERE status = 'DEAD';
CREATE INDEX odc_outbox_delivered_idx ON odc_outbox (delivered_at) WHERE status = 'DELIVERED';
