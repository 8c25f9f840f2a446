package io.github.odooconnector.edi.api;

import java.util.Optional;

/**
 * One problem found in a received interchange, with its position.
 *
 * <p>Immutable and thread-safe.
 *
 * @param segmentTag the segment, for example {@code SN1}
 * @param segmentPosition 1-based position of the segment in the interchange (ISA/UNA/UNB is 1)
 * @param transactionSegmentPosition 1-based position in its transaction set (ST/UNH is 1), or 0 for
 *     envelope segments
 * @param elementPosition 1-based element position in the segment, or 0 for a segment-level problem
 * @param componentPosition 1-based component position in the element, or 0 when not in a composite
 * @param kind what is wrong
 * @param message a readable explanation naming the offending value
 * @param transaction the transaction the segment is in, or null for envelope segments
 */
public record EdiError(
    String segmentTag,
    int segmentPosition,
    int transactionSegmentPosition,
    int elementPosition,
    int componentPosition,
    EdiErrorKind kind,
    String message,
    TransactionRef transaction) {

  /**
   * The transaction the segment is in, if any.
   *
   * @return {@link #transaction()}, or empty for envelope segments
   */
  public Optional<TransactionRef> optionalTransaction() {
    return Optional.ofNullable(transaction);
  }

  /**
   * A one-line description such as {@code segment SN1 #12 (transaction 0001 segment #9), element 2:
   * INVALID_VALUE: ...}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("segment ").append(segmentTag);
    b.append(" #").append(segmentPosition);
    if (transaction != null) {
      b.append(" (transaction ")
          .append(transaction.controlNumber())
          .append(" segment #")
          .append(transactionSegmentPosition)
          .append(')');
    }
    if (elementPosition > 0) {
      b.append(", element ").append(elementPosition);
      if (componentPosition > 0) {
        b.append('.').append(componentPosition);
      }
    }
    return b.append(": ").append(kind).append(": ").append(message).toString();
  }
}
