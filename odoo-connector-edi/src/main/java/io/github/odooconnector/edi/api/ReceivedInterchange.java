package io.github.odooconnector.edi.api;

import java.util.List;

/**
 * A received interchange that parsed and validated completely: its envelope and every document in
 * it, in order. Either all of an interchange's documents are returned or none (see {@link
 * EdiRejectedException}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the envelope
 * @param documents the documents, in interchange order
 */
public record ReceivedInterchange(InterchangeHeader header, List<ReceivedDocument> documents) {

  /**
   * Copies the list.
   *
   * @param header see the record description
   * @param documents see the record description
   */
  public ReceivedInterchange {
    documents = List.copyOf(documents);
  }

  /**
   * The canonical documents of one type, in interchange order.
   *
   * @param <T> the document type
   * @param type for example {@code PackedShipNotice.class}
   * @return the documents of that type, possibly empty
   */
  public <T> List<T> documents(Class<T> type) {
    return documents.stream()
        .map(d -> d.document().content())
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
