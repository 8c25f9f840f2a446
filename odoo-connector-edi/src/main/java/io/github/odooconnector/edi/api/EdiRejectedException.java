package io.github.odooconnector.edi.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A received interchange is malformed or cannot be mapped: nothing of it was returned, not even its
 * valid documents. {@link #errors()} lists every problem with its segment and element position;
 * pass the exception to {@link EdiTranslator#acknowledge(TradingPartner, EdiRejectedException)} to
 * answer the partner with a rejecting 997 or CONTRL.
 *
 * <p>Exceptions are effectively immutable once thrown.
 */
public final class EdiRejectedException extends EdiException {
  private static final long serialVersionUID = 1L;

  private final transient InterchangeHeader header;
  private final List<EdiError> errors;
  private final List<TransactionRef> transactions;

  /**
   * Creates the exception.
   *
   * @param header the envelope, or null when it could not be read
   * @param transactions every transaction found in the interchange, valid or not
   * @param errors the problems, at least one
   */
  public EdiRejectedException(
      InterchangeHeader header, List<TransactionRef> transactions, List<EdiError> errors) {
    super(describe(errors));
    this.header = header;
    this.transactions = List.copyOf(transactions);
    this.errors = List.copyOf(errors);
  }

  private static String describe(List<EdiError> errors) {
    return "EDI interchange rejected, "
        + errors.size()
        + (errors.size() == 1 ? " error: " : " errors: ")
        + errors.stream().limit(10).map(EdiError::toString).collect(Collectors.joining("; "));
  }

  /**
   * The envelope, if it could be read.
   *
   * @return the header, or empty when the interchange header itself is unreadable
   */
  public Optional<InterchangeHeader> header() {
    return Optional.ofNullable(header);
  }

  /**
   * Every problem found, in interchange order.
   *
   * @return the errors, never empty
   */
  public List<EdiError> errors() {
    return errors;
  }

  /**
   * Every transaction found in the interchange, valid or not (what an acknowledgement lists).
   *
   * @return the transactions, possibly empty
   */
  public List<TransactionRef> transactions() {
    return transactions;
  }
}
