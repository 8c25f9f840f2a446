package io.github.odooconnector.edi.api;

/**
 * One document of a received interchange with the transaction it came in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param transaction where in the interchange it was
 * @param document the canonical document
 */
public record ReceivedDocument(TransactionRef transaction, EdiDocument document) {}
