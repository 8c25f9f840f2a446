package io.github.odooconnector.edi.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A written interchange, ready to send: its text and the control numbers it used (keep them to
 * match the partner's acknowledgement).
 *
 * <p>Immutable and thread-safe.
 *
 * @param standard X12 or EDIFACT
 * @param content the interchange text
 * @param controlNumber the interchange control number (ISA13, UNB 0020)
 * @param transactionControlNumbers the transaction control numbers (ST02, UNH 0062), in order
 */
public record OutboundInterchange(
    EdiStandard standard,
    String content,
    String controlNumber,
    List<String> transactionControlNumbers) {

  /**
   * Copies the list.
   *
   * @param standard see the record description
   * @param content see the record description
   * @param controlNumber see the record description
   * @param transactionControlNumbers see the record description
   */
  public OutboundInterchange {
    transactionControlNumbers = List.copyOf(transactionControlNumbers);
  }

  /**
   * The content encoded as UTF-8 (which is plain ASCII for X12 basic and EDIFACT UNOA/UNOB).
   *
   * @return the bytes to send
   */
  public byte[] bytes() {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
