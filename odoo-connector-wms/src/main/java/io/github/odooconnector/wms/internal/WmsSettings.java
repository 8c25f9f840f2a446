package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.spi.ChangeCursorStore;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.model.StockStatus;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.ReturnLocations;
import io.github.odooconnector.wms.api.ShortPickPolicy;
import io.github.odooconnector.wms.spi.WmsAdapter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code WmsIntegration.Builder} collected; immutable. {@code inboxStore} is null when
 * none was configured; {@code statusLocations} maps a stock status bucket to the full name of the
 * Odoo location that holds it (buckets without one are compared at the WMS level's own location);
 * {@code returnLocations} where received returns are booked per line disposition.
 */
public record WmsSettings(
    OdooClient odoo,
    WmsAdapter adapter,
    IdempotencyStore idempotencyStore,
    OutboxStore outboxStore,
    InboxStore inboxStore,
    Clock clock,
    String owner,
    Duration leaseDuration,
    ReleaseMarker releaseMarker,
    ReleaseMarker asnMarker,
    ShortPickPolicy shortPickPolicy,
    ShortPickPolicy underReceiptPolicy,
    MappingConfig mapping,
    int batchSize,
    ReconciliationPolicy cycleCountPolicy,
    ChangeCursorStore pollCursorStore,
    Map<StockStatus, String> statusLocations,
    ReturnLocations returnLocations) {

  public WmsSettings {
    Objects.requireNonNull(odoo, "odoo");
    Objects.requireNonNull(adapter, "adapter");
    Objects.requireNonNull(idempotencyStore, "idempotencyStore");
    Objects.requireNonNull(outboxStore, "outboxStore");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(leaseDuration, "leaseDuration");
    Objects.requireNonNull(releaseMarker, "releaseMarker");
    Objects.requireNonNull(asnMarker, "asnMarker");
    Objects.requireNonNull(shortPickPolicy, "shortPickPolicy");
    Objects.requireNonNull(underReceiptPolicy, "underReceiptPolicy");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(cycleCountPolicy, "cycleCountPolicy");
    Objects.requireNonNull(pollCursorStore, "pollCursorStore");
    statusLocations = statusLocations == null ? Map.of() : Map.copyOf(statusLocations);
    returnLocations = returnLocations == null ? ReturnLocations.none() : returnLocations;
  }

  /** The prefix of every idempotency key of this integration: {@code wms:<adapter>:}. */
  String keyPrefix() {
    return "wms:" + adapter.name() + ":";
  }

  /** The event and inbox source of this integration: {@code wms:<adapter>}. */
  String source() {
    return "wms:" + adapter.name();
  }
}
