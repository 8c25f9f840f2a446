package io.github.odooconnector.wms.spi;

import java.util.List;
import java.util.Optional;

/**
 * The result of one poll of the WMS.
 *
 * <p>Immutable and thread-safe.
 *
 * @param messages the messages, oldest first
 * @param nextCursor the cursor to pass to the next poll; null when it should start again from the
 *     last one
 */
public record PolledMessages(List<WmsMessage> messages, String nextCursor) {

  /**
   * Validates and copies.
   *
   * @param messages the messages
   * @param nextCursor the cursor for the next poll, or null
   */
  public PolledMessages {
    messages = List.copyOf(messages);
  }

  /**
   * The cursor to pass to the next poll.
   *
   * @return the cursor, empty when the next poll starts again from the last one
   */
  public Optional<String> optionalNextCursor() {
    return Optional.ofNullable(nextCursor);
  }
}
