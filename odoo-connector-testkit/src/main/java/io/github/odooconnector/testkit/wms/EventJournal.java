package io.github.odooconnector.testkit.wms;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.PolledMessages;
import io.github.odooconnector.wms.spi.WmsMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's outgoing messages: every emitted event, in order, as the WMS's message queue
 * ({@link #poll}) and the lookup from a message back to its event ({@link #translate}). Also hands
 * out the simulator's running numbers. Not thread-safe: guarded by the owning {@link SimulatedWms}.
 */
final class EventJournal {

  private final String name;
  private final Clock clock;
  private final List<BusinessEvent<?>> emitted = new ArrayList<>();
  private final Map<String, BusinessEvent<?>> byMessageId = new LinkedHashMap<>();
  private final Map<String, String> unknownTypes = new LinkedHashMap<>();
  private int sequence;

  EventJournal(String name, Clock clock) {
    this.name = name;
    this.clock = clock;
  }

  Instant now() {
    return Instant.now(clock);
  }

  /** The next running number (order ids, receipt ids, count ids). */
  int next() {
    return ++sequence;
  }

  /** The last running number handed out. */
  int current() {
    return sequence;
  }

  <T> BusinessEvent<T> emit(String type, String correlationId, String key, T payload) {
    String id = name + "-" + (emitted.size() + unknownTypes.size() + 1);
    BusinessEvent<T> e =
        new BusinessEvent<>(
            id,
            type,
            now(),
            "wms:" + name,
            correlationId,
            name + ":" + key,
            BusinessEvent.CURRENT_SCHEMA_VERSION,
            payload);
    emitted.add(e);
    byMessageId.put(id, e);
    return e;
  }

  List<BusinessEvent<?>> emitted() {
    return List.copyOf(emitted);
  }

  PolledMessages poll(String cursor, int maxMessages) {
    List<String> ids = new ArrayList<>(byMessageId.keySet());
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int to = Math.min(ids.size(), from + maxMessages);
    List<WmsMessage> out = new ArrayList<>();
    for (String id : ids.subList(from, to)) {
      out.add(new WmsMessage(id, now(), id.getBytes(StandardCharsets.UTF_8)));
    }
    return new PolledMessages(out, String.valueOf(to));
  }

  /**
   * Queues a message whose type no adapter knows: polled like the others, refused by {@link
   * #translate}.
   */
  WmsMessage queueUnknown(String fulfillmentOrderId, String type) {
    String id = name + "-" + (emitted.size() + unknownTypes.size() + 1);
    unknownTypes.put(id, type + " about " + fulfillmentOrderId);
    byMessageId.put(id, null);
    return new WmsMessage(id, now(), id.getBytes(StandardCharsets.UTF_8));
  }

  List<BusinessEvent<?>> translate(WmsMessage message) {
    String id = new String(message.body(), StandardCharsets.UTF_8);
    String unknown = unknownTypes.get(id);
    if (unknown != null) {
      throw new InvalidWmsMessageException(
          "simulated message " + message.messageId() + " has an unknown event type: " + unknown);
    }
    BusinessEvent<?> e = byMessageId.get(id);
    if (e == null) {
      throw new InvalidWmsMessageException("unknown simulated message " + message.messageId());
    }
    return List.of(e);
  }
}
