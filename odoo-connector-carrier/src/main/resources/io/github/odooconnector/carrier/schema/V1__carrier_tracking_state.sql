-- odoo-connector carrier module, schema version 1 (PostgreSQL 12+).
-- Applied by CarrierSchema.migrate(DataSource) (history in odc_carrier_schema_version); read and written by
-- JdbcTrackingStateStore. IF NOT EXISTS adopts a table created by earlier snapshots (same layout).

-- The last tracking status applied to Odoo per parcel: one row per (carrier_code, tracking_number).
CREATE TABLE IF NOT EXISTS odc_carrier_tracking_state (
    carrier_code      varchar(64)  NOT NULL,
    tracking_number   varchar(128) NOT NULL,
    version           bigint       NOT NULL,              -- optimistic lock: +1 on every compare-and-set
    state_json        text         NOT NULL,              -- the TrackingState (last applied event, recent event keys)
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (carrier_code, tracking_number)
);
