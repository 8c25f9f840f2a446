package io.github.odooconnector.edi.api;

import java.util.List;

/**
 * One transaction set (997 AK2) or message (CONTRL UCM) of ours that a partner's functional
 * acknowledgement reports on, with the errors the partner found in it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param transaction the transaction as the partner names it (code, control number; the version
 *     when the acknowledgement carries it, else null)
 * @param result accepted or rejected
 * @param errors the segment and element positions the partner reported (AK3/AK4, UCS/UCD), in
 *     order; their segment positions within the interchange are 0 (acknowledgements carry only the
 *     position in the transaction) and a CONTRL names no segment tag ({@code ?})
 */
public record AcknowledgedTransaction(
    TransactionRef transaction, AcknowledgementResult result, List<EdiError> errors) {

  /**
   * Copies the list.
   *
   * @param transaction see the record description
   * @param result see the record description
   * @param errors see the record description
   */
  public AcknowledgedTransaction {
    errors = List.copyOf(errors);
  }
}
