package io.github.odooconnector.transport.internal;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.transport.spi.TmsAdapter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Everything the builder collected. */
public record TransportSettings(
    OdooClient odoo,
    TmsAdapter adapter,
    IdempotencyStore idempotencyStore,
    OutboxStore outboxStore,
    Escalations escalations,
    Map<String, Long> carriers,
    Duration delayTolerance,
    String dock,
    Clock clock) {}
