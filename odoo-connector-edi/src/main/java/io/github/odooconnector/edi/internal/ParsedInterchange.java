package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiError;
import io.github.odooconnector.edi.api.EdiStandard;
import io.github.odooconnector.edi.api.InterchangeHeader;
import io.github.odooconnector.edi.api.TransactionRef;
import java.util.List;

/** What the tokenizer made of an interchange: header (or null), transactions, syntax errors. */
public record ParsedInterchange(
    EdiStandard standard,
    InterchangeHeader header,
    List<Transaction> transactions,
    List<EdiError> errors) {

  /** One transaction set with its segments (header and trailer included). */
  public record Transaction(TransactionRef ref, Body body) {}
}
