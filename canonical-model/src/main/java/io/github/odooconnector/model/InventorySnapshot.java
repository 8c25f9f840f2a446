package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.odooconnector.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The stock levels of a warehouse at one moment, as reported by a WMS or read from Odoo (full or
 * partial, see {@code complete}).
 *
 * <p>Immutable and thread-safe. The constructor does not validate (use {@link CanonicalValidator});
 * lists are defensively copied and never null.
 *
 * @param snapshotId snapshot identifier
 * @param warehouse warehouse code
 * @param takenAt the moment the levels describe
 * @param complete true when the snapshot lists every product of the warehouse (absent products have
 *     zero stock); false for a partial snapshot
 * @param levels the levels, possibly empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventorySnapshot(
    @NotBlank @Size(max = 128) String snapshotId,
    @NotBlank @Size(max = 64) String warehouse,
    @NotNull Instant takenAt,
    boolean complete,
    List<@NotNull @Valid StockLevel> levels) {

  /**
   * Normalizes null lists to empty immutable lists; never throws, so that every problem is reported
   * by the validator at once.
   *
   * @param snapshotId see the record description
   * @param warehouse see the record description
   * @param takenAt see the record description
   * @param complete see the record description
   * @param levels see the record description
   */
  public InventorySnapshot {
    levels = Lists.copy(levels);
  }
}
