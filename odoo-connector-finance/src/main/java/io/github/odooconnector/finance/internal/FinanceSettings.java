package io.github.odooconnector.finance.internal;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.finance.api.InvoicingPolicy;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import java.time.Clock;

/** Everything the builder collected. */
public record FinanceSettings(
    OdooClient odoo,
    IdempotencyStore idempotencyStore,
    OutboxStore outboxStore,
    Escalations escalations,
    InvoicingPolicy policy,
    boolean postInvoices,
    Clock clock) {}
