package io.github.odooconnector.boot;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.reliability.spi.InboxStats;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.OutboxStats;
import io.github.odooconnector.reliability.spi.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code odooConnector} health: {@code DOWN} when Odoo cannot be reached or refuses the
 * credentials, or the outbox is stuck (its oldest pending event is older than {@code
 * odoo.health.outbox-stuck-after}); {@link #DEGRADED} when dead letters or failed inbox messages
 * wait for a person (HTTP 200 unless you map the status); {@code UP} otherwise. Details: the
 * backlog of both stores, and the Odoo server version.
 *
 * <p>Thread-safe.
 */
public final class OdooConnectorHealthIndicator implements HealthIndicator {

  /** Dead letters or failed inbox messages are waiting for a replay. */
  public static final Status DEGRADED = new Status("DEGRADED", "dead letters need attention");

  private final OdooClient odoo;
  private final OutboxStore outbox;
  private final InboxStore inbox;
  private final Duration stuckAfter;
  private final boolean checkOdoo;
  private final Clock clock;

  OdooConnectorHealthIndicator(
      OdooClient odoo,
      OutboxStore outbox,
      InboxStore inbox,
      Duration stuckAfter,
      boolean checkOdoo,
      Clock clock) {
    this.odoo = odoo;
    this.outbox = outbox;
    this.inbox = inbox;
    this.stuckAfter = stuckAfter;
    this.checkOdoo = checkOdoo;
    this.clock = clock;
  }

  @Override
  public Health health() {
    Health.Builder h = Health.up();
    Instant now = clock.instant();
    boolean down = false;
    if (checkOdoo) {
      try {
        odoo.searchCount("res.company", Domain.all());
        h.withDetail("odoo", "reachable and authenticated (" + odoo.serverVersion() + ")");
      } catch (RuntimeException e) {
        down = true;
        h.withDetail("odoo", e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    OutboxStats o = outbox.stats();
    Duration pendingAge = o.pending().oldestAge(now);
    h.withDetail("outboxPending", o.pending().count())
        .withDetail("outboxOldestPendingSeconds", pendingAge.toSeconds())
        .withDetail("outboxDead", o.dead().count());
    if (pendingAge.compareTo(stuckAfter) > 0) {
      down = true;
      h.withDetail("outbox", "stuck: oldest pending event waits for more than " + stuckAfter);
    }
    InboxStats i = inbox.stats();
    h.withDetail("inboxPending", i.received().count())
        .withDetail("inboxFailed", i.failed().count());
    if (down) {
      return h.down().build();
    }
    if (o.dead().count() > 0 || i.failed().count() > 0) {
      return h.status(DEGRADED).build();
    }
    return h.build();
  }
}
