package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Change;
import io.github.odooconnector.core.api.ChangeBatch;
import io.github.odooconnector.core.api.ChangeFeed;
import io.github.odooconnector.core.api.ChangeKind;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.mapping.FieldMap;
import io.github.odooconnector.wms.api.BatchReport;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows Odoo's changes to released deliveries (the pickings, and their moves, whose quantities
 * change without touching the picking) through two change feeds, and hands each changed picking to
 * {@link OrderReleaser#propagate(long)}. A feed position is committed only after a batch without
 * retryable failures, so a WMS outage leaves the change for the next run; permanent failures are
 * reported once. Thread-safe; runs should not overlap (the feeds' rule).
 */
final class OdooChangeFollower {

  /** Upper bound of feed pages read in one run, so a run always ends. */
  private static final int MAX_PAGES = 50;

  private final OrderReleaser releaser;
  private final ChangeFeed pickings;
  private final ChangeFeed moves;
  private final String movePicking;

  OdooChangeFollower(OdooClient odoo, WmsSettings settings, OrderReleaser releaser) {
    this.releaser = releaser;
    String marker = settings.releaseMarker().field();
    FieldMap picking = settings.mapping().picking();
    String pickingField = settings.mapping().move().field("picking");
    this.movePicking = pickingField;
    this.pickings =
        odoo.changes(
                WmsPickingGateway.PICKING,
                Domain.where(picking.field("pickingTypeCode"), "=", "outgoing")
                    .and(Domain.where(marker, "!=", false)),
                // the values read tell changes inside one second apart: read what matters
                List.of(
                    picking.field("reference"),
                    picking.field("state"),
                    picking.field("partner"),
                    marker))
            .name(settings.source() + ":odoo-pickings")
            .cursorStore(settings.pollCursorStore())
            .pageSize(settings.batchSize())
            .build();
    this.moves =
        odoo.changes(
                WmsPickingGateway.MOVE,
                Domain.where(pickingField + "." + picking.field("pickingTypeCode"), "=", "outgoing")
                    .and(Domain.where(pickingField + "." + marker, "!=", false)),
                List.of(
                    pickingField,
                    settings.mapping().move().field("product"),
                    settings.mapping().move().field("demand")))
            .name(settings.source() + ":odoo-moves")
            .cursorStore(settings.pollCursorStore())
            .pageSize(settings.batchSize())
            .build();
  }

  BatchReport propagate() {
    BatchRun run = BatchRun.stoppingOnWmsOutage();
    Set<Long> done = new LinkedHashSet<>();
    follow(pickings, run, done, c -> Optional.of(c.id()));
    follow(
        moves,
        run,
        done,
        c -> c.optionalRecord().flatMap(r -> r.many2one(movePicking)).map(Many2one::id));
    return run.report();
  }

  private interface PickingOf {
    Optional<Long> of(Change change);
  }

  private void follow(ChangeFeed feed, BatchRun run, Set<Long> done, PickingOf pickingOf) {
    for (int page = 0; page < MAX_PAGES; page++) {
      ChangeBatch batch = feed.poll();
      boolean retryLater = false;
      for (Change c : batch.changes()) {
        if (c.kind() != ChangeKind.CHANGED) {
          continue;
        }
        Optional<Long> pickingId = pickingOf.of(c);
        if (pickingId.isEmpty() || !done.add(pickingId.get())) {
          continue;
        }
        long id = pickingId.get();
        Optional<BatchReport.Failure> failed =
            run.run("stock.picking(" + id + ")", () -> releaser.propagate(id));
        if (failed.isPresent() && failed.get().retryable()) {
          retryLater = true;
          done.remove(id);
        }
      }
      if (retryLater) {
        return; // not committed: the next run reads these changes again
      }
      feed.commit(batch);
      if (batch.caughtUp()) {
        return;
      }
    }
  }
}
