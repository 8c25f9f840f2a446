package io.github.odooconnector.examples;

import io.github.odooconnector.model.BusinessEvent;
import java.time.Instant;

/**
 * The main example: an order-to-delivery story on the embedded default.
 *
 * <p>Interim version while the modules it will drive are being built: it only builds a canonical event.
 */
public final class OrderToDeliveryExample {
  private OrderToDeliveryExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    BusinessEvent<String> event = BusinessEvent.of("order.released", "example", Instant.now(), "SO001");
    System.out.println("Built " + event.type() + " event " + event.eventId());
  }
}
