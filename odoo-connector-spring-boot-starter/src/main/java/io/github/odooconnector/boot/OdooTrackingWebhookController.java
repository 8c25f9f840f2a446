package io.github.odooconnector.boot;

import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.spi.InvalidTrackingWebhookException;
import io.github.odooconnector.reliability.api.InboxReceipt;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.util.Collections;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoint for carrier tracking callbacks: {@code POST
 * /odoo-connector/webhooks/carrier/{carrierCode}} hands the request to the shipping integration,
 * which verifies it with the carrier's verifier, lets the adapter check it and stores it in the
 * same inbox as the WMS webhooks under {@code carrier:<carrierCode>}; the answer is {@code 202
 * Accepted} (a redelivery too, stored once) and the {@code shipping-tracking-inbox} job applies it
 * to Odoo. A rejected callback (unknown carrier, bad signature, unparseable body) is {@code 401}
 * and nothing is stored; a failing inbox store is {@code 503} so that the carrier redelivers.
 * Nothing of the request is logged.
 *
 * <p>Thread-safe.
 */
@RestController
public final class OdooTrackingWebhookController {

  private final ShippingIntegrationHolder shipping;

  OdooTrackingWebhookController(ShippingIntegrationHolder shipping) {
    this.shipping = shipping;
  }

  /**
   * Receives one carrier tracking callback.
   *
   * @param carrierCode the code the carrier adapter is registered under
   * @param headers the request headers
   * @param body the exact body bytes
   * @return 202 with the inbox receipt, 401 or 503
   */
  @PostMapping("/odoo-connector/webhooks/carrier/{carrierCode}")
  public ResponseEntity<Map<String, Object>> receive(
      @PathVariable("carrierCode") String carrierCode,
      @RequestHeader HttpHeaders headers,
      @RequestBody(required = false) byte[] body) {
    WebhookRequest request = OdooWebhookController.request(headers, body);
    try {
      InboxReceipt receipt = shipping.shipping().receiveTrackingWebhook(carrierCode, request);
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(Map.of("status", receipt.status().name(), "eventId", receipt.eventId()));
    } catch (InvalidTrackingWebhookException e) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(Collections.singletonMap("error", "tracking webhook rejected"));
    } catch (ShippingWorkflowException e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(Collections.singletonMap("error", "not stored, redeliver later"));
    }
  }
}
