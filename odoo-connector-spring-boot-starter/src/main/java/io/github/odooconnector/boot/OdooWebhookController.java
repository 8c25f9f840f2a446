package io.github.odooconnector.boot;

import io.github.odooconnector.reliability.api.InboxReceipt;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook endpoint for WMS and carrier callbacks: {@code POST
 * /odoo-connector/webhooks/{source}} verifies the request with the {@link WebhookVerifier} bean
 * named {@code source}, stores it in the inbox and answers {@code 202 Accepted} at once (a
 * redelivery is answered the same, and stored once); processing happens in the {@code wms-inbox}
 * job or your own. An unknown source is {@code 404}, a failed verification {@code 401} (the body is
 * not stored). Nothing of the request is logged.
 *
 * <p>Thread-safe.
 */
@RestController
public final class OdooWebhookController {

  private final WebhookInbox inbox;
  private final Map<String, WebhookVerifier> verifiers;

  OdooWebhookController(WebhookInbox inbox, Map<String, WebhookVerifier> verifiers) {
    this.inbox = inbox;
    this.verifiers = Map.copyOf(verifiers);
  }

  /**
   * Receives one webhook.
   *
   * @param source the sending system, the name of its verifier bean
   * @param headers the request headers
   * @param body the exact body bytes
   * @return 202 with the inbox receipt, 401 or 404
   */
  @PostMapping("/odoo-connector/webhooks/{source}")
  public ResponseEntity<Map<String, Object>> receive(
      @PathVariable("source") String source,
      @RequestHeader HttpHeaders headers,
      @RequestBody(required = false) byte[] body) {
    WebhookVerifier verifier = verifiers.get(source);
    if (verifier == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Map.of("error", "unknown webhook source"));
    }
    try {
      InboxReceipt receipt = inbox.receive(source, verifier, request(headers, body));
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(
              Map.of(
                  "status", receipt.status().name(),
                  "eventId", receipt.eventId()));
    } catch (WebhookVerificationException e) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(Collections.singletonMap("error", "verification failed: " + e.reason()));
    }
  }

  /** The request as the verifiers see it: case-insensitive headers and the exact body bytes. */
  static WebhookRequest request(HttpHeaders headers, byte[] body) {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(h::put);
    return WebhookRequest.of(h, body == null ? new byte[0] : body);
  }
}
