package io.github.odooconnector.edi.api;

import java.util.Optional;

/**
 * Identifies one transaction set (X12) or message (EDIFACT) within an interchange, as an
 * acknowledgement refers to it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param functionalGroup the X12 functional identifier (GS01), or null for EDIFACT
 * @param groupControlNumber the group control number (GS06), or null for EDIFACT
 * @param code the transaction set id or message type, for example {@code 856} or {@code DESADV}
 * @param version the version, for example {@code 004010} or {@code D:96A}
 * @param controlNumber the transaction control number (ST02, UNH 0062)
 */
public record TransactionRef(
    String functionalGroup,
    String groupControlNumber,
    String code,
    String version,
    String controlNumber) {

  /**
   * The functional group identifier, if the transaction was in a group.
   *
   * @return {@link #functionalGroup()}, or empty when it is null
   */
  public Optional<String> optionalFunctionalGroup() {
    return Optional.ofNullable(functionalGroup);
  }

  /**
   * The group control number, if the transaction was in a group.
   *
   * @return {@link #groupControlNumber()}, or empty when it is null
   */
  public Optional<String> optionalGroupControlNumber() {
    return Optional.ofNullable(groupControlNumber);
  }
}
