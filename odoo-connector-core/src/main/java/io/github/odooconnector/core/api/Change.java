package io.github.odooconnector.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a {@link ChangeFeed}: a record changed (with the values read), was deleted or left
 * the feed's scope. Immutable and thread-safe.
 *
 * @param kind what happened
 * @param model the model, for example {@code stock.picking}
 * @param id the record id
 * @param writeDate the record's {@code write_date} (whole seconds, UTC) for {@link
 *     ChangeKind#CHANGED}; {@code null} for deletions
 * @param record the values read for {@link ChangeKind#CHANGED} (the feed's fields plus {@code id}
 *     and {@code write_date}); {@code null} for deletions
 */
public record Change(ChangeKind kind, String model, long id, Instant writeDate, OdooRecord record) {

  /**
   * Validates the event.
   *
   * @param kind what happened
   * @param model the model
   * @param id the record id, positive
   * @param writeDate the write date, required for {@link ChangeKind#CHANGED}
   * @param record the values, required for {@link ChangeKind#CHANGED}
   */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(model, "model");
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive, got " + id);
    }
    if (kind == ChangeKind.CHANGED && (writeDate == null || record == null)) {
      throw new IllegalArgumentException("a CHANGED event needs its writeDate and record");
    }
  }

  /**
   * The record's {@code write_date}.
   *
   * @return the write date, empty for deletions
   */
  public Optional<Instant> optionalWriteDate() {
    return Optional.ofNullable(writeDate);
  }

  /**
   * The values read.
   *
   * @return the record, empty for deletions
   */
  public Optional<OdooRecord> optionalRecord() {
    return Optional.ofNullable(record);
  }
}
