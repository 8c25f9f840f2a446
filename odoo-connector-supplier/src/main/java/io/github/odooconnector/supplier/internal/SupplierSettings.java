package io.github.odooconnector.supplier.internal;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.supplier.api.AcknowledgementPolicy;
import io.github.odooconnector.supplier.api.SupplierIncidentListener;
import io.github.odooconnector.supplier.spi.SupplierAdapter;
import java.time.Clock;
import java.time.Duration;

/** Everything the builder collected; reviewer and incidentListener may be null. */
public record SupplierSettings(
    OdooClient odoo,
    SupplierAdapter adapter,
    IdempotencyStore idempotencyStore,
    OutboxStore outboxStore,
    AcknowledgementPolicy policy,
    Long reviewer,
    Duration reviewDeadline,
    Clock clock,
    SupplierIncidentListener incidentListener) {}
