package io.github.odooconnector.wms.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one poll of the WMS.
 *
 * <p>Immutable and thread-safe.
 *
 * @param messages the messages, oldest first
 * @param nextCursor the cursor to pass to the next poll; empty when it should start again from the
 *     last one
 */
public record PolledMessages(List<WmsMessage> messages, Optional<String> nextCursor) {

  /**
   * Validates and copies.
   *
   * @param messages the messages
   * @param nextCursor the cursor for the next poll
   */
  public PolledMessages {
    messages = List.copyOf(messages);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }
}
