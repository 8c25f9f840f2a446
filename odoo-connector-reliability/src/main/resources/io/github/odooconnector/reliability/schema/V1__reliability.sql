-- odoo-connector reliability kit, schema version 1 (PostgreSQL 12+).
-- Applied by ReliabilitySchema.migrate(DataSource); table layout documented in docs/reliability.md.

-- One row per idempotency key.
CREATE TABLE odc_idempotency (
    idem_key          varchar(512) PRIMARY KEY,
    fingerprint       char(64)     NOT NULL,              -- hex SHA-256 of the canonical JSON of the payload
    state             varchar(16)  NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED', 'FAILED')),
    owner             varchar(200) NOT NULL,              -- who holds / last held the key
    fencing_token     bigint       NOT NULL,              -- +1 on every successful claim
    lease_expires_at  timestamptz  NOT NULL,
    result_json       text,                               -- set when COMPLETED
    last_error        text,                               -- set when FAILED
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    expires_at        timestamptz  NOT NULL               -- retention end; purge deletes finished rows after it
);
CREATE INDEX odc_idempotency_expires_idx ON odc_idempotency (expires_at) WHERE state <> 'IN_PROGRESS';

-- Transactional outbox: one row per event, delivered in id order per aggregate_key.
CREATE TABLE odc_outbox (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id          varchar(200) NOT NULL UNIQUE,
    aggregate_key     varchar(200) NOT NULL,
    event_type        varchar(200) NOT NULL,
    source            varchar(200) NOT NULL,
    payload_type      varchar(500) NOT NULL,             -- Java class name of the payload
    envelope          json         NOT NULL,             -- the whole BusinessEvent, payload included
    status            varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'IN_FLIGHT', 'DELIVERED', 'DEAD')),
    attempts          integer      NOT NULL DEFAULT 0,   -- +1 on every claim
    available_at      timestamptz  NOT NULL,             -- earliest next attempt (retry backoff)
    lease_owner       varchar(200),
    lease_token       bigint       NOT NULL DEFAULT 0,   -- +1 on every claim; stale acks are ignored
    lease_expires_at  timestamptz,
    last_error        text,
    created_at        timestamptz  NOT NULL,
    delivered_at      timestamptz,
    dead_at           timestamptz
);
-- Claim scans open rows in id order; the aggregate index answers "is an earlier event of this aggregate open?".
CREATE INDEX odc_outbox_open_idx ON odc_outbox (id) WHERE status IN ('PENDING', 'IN_FLIGHT');
CREATE INDEX odc_outbox_open_aggregate_idx ON odc_outbox (aggregate_key, id) WHERE status IN ('PENDING', 'IN_FLIGHT');
CREATE INDEX odc_outbox_status_idx ON odc_outbox (status, id);

-- Audit trail of replays (one row per replayed event per replay request).
CREATE TABLE odc_outbox_replay (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id         bigint       NOT NULL REFERENCES odc_outbox (id) ON DELETE CASCADE,
    event_id          varchar(200) NOT NULL,
    previous_status   varchar(16)  NOT NULL,
    previous_attempts integer      NOT NULL,
    previous_error    text,
    requested_by      varchar(200) NOT NULL,
    reason            text         NOT NULL,
    replayed_at       timestamptz  NOT NULL
);
CREATE INDEX odc_outbox_replay_event_idx ON odc_outbox_replay (event_id, id);

-- Webhook inbox: one row per (source, event_id), however often the sender redelivers.
CREATE TABLE odc_inbox (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source            varchar(200) NOT NULL,
    event_id          varchar(500) NOT NULL,
    signed_at         timestamptz,
    body              bytea        NOT NULL,             -- exact bytes as received and verified
    status            varchar(16)  NOT NULL CHECK (status IN ('RECEIVED', 'PROCESSING', 'PROCESSED', 'FAILED')),
    attempts          integer      NOT NULL DEFAULT 0,
    available_at      timestamptz  NOT NULL,
    lease_owner       varchar(200),
    lease_token       bigint       NOT NULL DEFAULT 0,
    lease_expires_at  timestamptz,
    last_error        text,
    received_at       timestamptz  NOT NULL,
    processed_at      timestamptz,
    CONSTRAINT odc_inbox_source_event_uq UNIQUE (source, event_id)
);
CREATE INDEX odc_inbox_open_idx ON odc_inbox (id) WHERE status IN ('RECEIVED', 'PROCESSING');
