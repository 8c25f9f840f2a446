package io.github.odooconnector.adaptertesting.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A loopback fake of the carrier HTTP API in the shape {@code RestCarrierAdapter} documents:
 * purchases (deduplicated by {@code Idempotency-Key} when the fake is idempotent), a search by key,
 * rates and tracking. Faults apply to the next request: a lost response (bought, then the
 * connection drops), a dropped request (nothing bought, same symptom), a 503, a 422. Thread-safe
 * (the dispatcher runs on server threads).
 */
final class FakeCarrierApi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private enum Fault {
    LOSE_RESPONSE,
    DROP_REQUEST,
    FAIL,
    REJECT
  }

  private final String authorization;
  private final boolean idempotent;
  private final MockWebServer server = new MockWebServer();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final Map<String, ObjectNode> byKey = new HashMap<>();
  private final Set<String> trackingNumbers = new HashSet<>();
  private int purchases;

  FakeCarrierApi(String authorization, boolean idempotent) {
    this.authorization = authorization;
    this.idempotent = idempotent;
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return handle(request);
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI baseUrl() {
    return server.url("/v1").uri();
  }

  synchronized void next(String fault) {
    faults.add(Fault.valueOf(fault));
  }

  synchronized int purchases() {
    return purchases;
  }

  // ------------------------------------------------------------------ HTTP

  private synchronized MockResponse handle(RecordedRequest r) {
    if (!authorization.equals(r.getHeaders().get("Authorization"))) {
      return json(401, "{\"error\":{\"code\":\"AUTH\",\"message\":\"unauthenticated\"}}");
    }
    Fault fault = faults.poll();
    if (fault == Fault.FAIL) {
      return json(503, "{\"error\":{\"code\":\"MAINT\",\"message\":\"maintenance\"}}");
    }
    if (fault == Fault.REJECT) {
      return json(422, "{\"error\":{\"code\":\"WEIGHT\",\"message\":\"parcel too heavy\"}}");
    }
    if (fault == Fault.DROP_REQUEST) {
      return new MockResponse.Builder()
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
          .build();
    }
    MockResponse answer = route(r);
    if (fault == Fault.LOSE_RESPONSE) {
      return new MockResponse.Builder(answer)
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
          .build();
    }
    return answer;
  }

  private MockResponse route(RecordedRequest r) {
    String path = r.getUrl().encodedPath();
    if (r.getMethod().equals("POST") && path.equals("/v1/rates")) {
      return json(
          200,
          "{\"rates\":[{\"service_code\":\"STD\",\"service_name\":\"Standard\","
              + "\"total\":{\"amount\":\"5.90\",\"currency\":\"EUR\"},\"transit_days\":2}]}");
    }
    if (r.getMethod().equals("POST") && path.equals("/v1/shipments")) {
      return create(r);
    }
    if (r.getMethod().equals("GET") && path.equals("/v1/shipments")) {
      ObjectNode found = byKey.get(r.getUrl().queryParameter("idempotency_key"));
      return found == null ? json(404, "{}") : json(200, found.toString());
    }
    if (r.getMethod().equals("GET") && path.startsWith("/v1/tracking/")) {
      String number = r.getUrl().pathSegments().get(2);
      return trackingNumbers.contains(number)
          ? json(200, "{\"status\":\"PU\",\"events\":[]}")
          : json(404, "{\"error\":{\"code\":\"NOTFOUND\",\"message\":\"unknown parcel\"}}");
    }
    return json(404, "{}");
  }

  private MockResponse create(RecordedRequest r) {
    String key = r.getHeaders().get("Idempotency-Key");
    if (idempotent && key != null && byKey.containsKey(key)) {
      return json(200, byKey.get(key).toString());
    }
    JsonNode request;
    try {
      request = JSON.readTree(r.getBody().utf8());
    } catch (IOException e) {
      return json(400, "{\"error\":{\"code\":\"JSON\",\"message\":\"bad json\"}}");
    }
    purchases++;
    ObjectNode shipment = JSON.createObjectNode();
    shipment.put("shipment_id", "SH-" + purchases);
    shipment.put("service_code", request.path("service_code").asText());
    ObjectNode charged = shipment.putObject("charged");
    charged.put("amount", "5.90");
    charged.put("currency", "EUR");
    ArrayNode parcels = shipment.putArray("parcels");
    for (int i = 1; i <= request.path("parcels").size(); i++) {
      String tracking = String.format("ACME%04d%02d", purchases, i);
      trackingNumbers.add(tracking);
      ObjectNode p = parcels.addObject();
      p.put("tracking_number", tracking);
      ObjectNode label = p.putObject("label");
      label.put(
          "data",
          Base64.getEncoder()
              .encodeToString(("%PDF-1.4 " + tracking).getBytes(StandardCharsets.US_ASCII)));
      label.put("format", "pdf");
    }
    String searchKey = request.path("idempotency_key").asText(key);
    byKey.put(searchKey, shipment);
    return json(201, shipment.toString());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Override
  public void close() {
    server.close();
  }
}
