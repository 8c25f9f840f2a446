package io.github.odooconnector.edi.api;

import java.util.List;
import java.util.Optional;

/**
 * A partner's functional acknowledgement of something we sent: an X12 997 (one per functional
 * group) or an EDIFACT CONTRL (one per interchange). {@link EdiTranslator#read} returns it like any
 * other document ({@link EdiTransaction#FUNCTIONAL_ACKNOWLEDGEMENT}); match it to what was sent
 * through the control numbers kept from {@link OutboundInterchange}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param standard X12 or EDIFACT
 * @param interchangeControlNumber the acknowledged interchange (CONTRL UCI 0020), or null for a 997
 * @param functionalGroup the acknowledged group's functional identifier (997 AK101), or null for a
 *     CONTRL
 * @param groupControlNumber the acknowledged group's control number (997 AK102), or null for a
 *     CONTRL
 * @param result the verdict on the whole interchange (CONTRL UCI 0083) or group (997 AK901)
 * @param transactions the transactions the partner reports on, in order (a CONTRL that only
 *     acknowledges the interchange lists none)
 * @param errors problems the partner found in the envelope (CONTRL UCI 0085 with the service
 *     segment and element), outside any transaction
 */
public record FunctionalAcknowledgement(
    EdiStandard standard,
    String interchangeControlNumber,
    String functionalGroup,
    String groupControlNumber,
    AcknowledgementResult result,
    List<AcknowledgedTransaction> transactions,
    List<EdiError> errors) {

  /**
   * Copies the lists.
   *
   * @param standard see the record description
   * @param interchangeControlNumber see the record description
   * @param functionalGroup see the record description
   * @param groupControlNumber see the record description
   * @param result see the record description
   * @param transactions see the record description
   * @param errors see the record description
   */
  public FunctionalAcknowledgement {
    transactions = List.copyOf(transactions);
    errors = List.copyOf(errors);
  }

  /**
   * The acknowledged interchange control number, if the acknowledgement names it.
   *
   * @return {@link #interchangeControlNumber()}, or empty for a 997
   */
  public Optional<String> optionalInterchangeControlNumber() {
    return Optional.ofNullable(interchangeControlNumber);
  }

  /**
   * The acknowledged group's functional identifier, if any.
   *
   * @return {@link #functionalGroup()}, or empty for a CONTRL
   */
  public Optional<String> optionalFunctionalGroup() {
    return Optional.ofNullable(functionalGroup);
  }

  /**
   * The acknowledged group's control number, if any.
   *
   * @return {@link #groupControlNumber()}, or empty for a CONTRL
   */
  public Optional<String> optionalGroupControlNumber() {
    return Optional.ofNullable(groupControlNumber);
  }

  /**
   * What the partner says about one of our transactions.
   *
   * @param controlNumber the transaction control number we sent (ST02, UNH 0062)
   * @return the partner's report on it, or empty when the acknowledgement does not list it
   */
  public Optional<AcknowledgedTransaction> transaction(String controlNumber) {
    return transactions.stream()
        .filter(t -> t.transaction().controlNumber().equals(controlNumber))
        .findFirst();
  }
}
