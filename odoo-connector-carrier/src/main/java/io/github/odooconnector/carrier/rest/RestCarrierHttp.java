package io.github.odooconnector.carrier.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.carrier.rest.RestCarrierAdapter.Operation;
import io.github.odooconnector.carrier.spi.CarrierAuthenticationException;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRateLimitedException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.UnsupportedCarrierOperationException;
import io.github.odooconnector.model.CanonicalJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP side of {@link RestCarrierClient}: builds a request from the operation's configured
 * path, sends it and turns transport failures and error statuses into the SPI's exceptions (a lost
 * answer to a mutating operation is an outcome-unknown). Thread-safe (immutable; HttpClient is
 * thread-safe).
 */
final class RestCarrierHttp {

  private static final ObjectMapper JSON = CanonicalJson.mapper();
  private static final int MAX_ERROR_TEXT = 300;

  private final String code;
  private final URI baseUrl;
  private final Map<Operation, String> paths;
  private final RestCarrierJson json;
  private final Map<String, String> headers;
  private final Map<String, String> secretHeaders;
  private final String idempotencyHeader;
  private final Duration requestTimeout;
  private final HttpClient http;

  RestCarrierHttp(
      String code,
      URI baseUrl,
      Map<Operation, String> paths,
      RestCarrierJson json,
      Map<String, String> headers,
      Map<String, String> secretHeaders,
      String idempotencyHeader,
      Duration connectTimeout,
      Duration requestTimeout) {
    this.code = code;
    String base = baseUrl.toString();
    this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.paths = paths;
    this.json = json;
    this.headers = headers;
    this.secretHeaders = secretHeaders;
    this.idempotencyHeader = idempotencyHeader;
    this.requestTimeout = requestTimeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Whether a path is configured for the operation. */
  boolean supports(Operation op) {
    return paths.containsKey(op);
  }

  /** Returns the parsed body, or empty on 404. */
  Optional<JsonNode> exchange(
      Operation op, Map<String, String> vars, JsonNode body, Optional<String> idempotencyKey) {
    String template = paths.get(op);
    if (template == null) {
      throw new UnsupportedCarrierOperationException(code, op.name().toLowerCase(Locale.ROOT));
    }
    int space = template.indexOf(' ');
    String method = template.substring(0, space);
    String path = template.substring(space + 1);
    for (Map.Entry<String, String> v : vars.entrySet()) {
      path =
          path.replace(
              "{" + v.getKey() + "}",
              URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    URI uri = URI.create(baseUrl + path);
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "application/json");
    headers.forEach(rb::header);
    secretHeaders.forEach(rb::header);
    idempotencyKey.ifPresent(k -> rb.header(idempotencyHeader, k));
    if (body != null) {
      try {
        rb.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      } catch (JsonProcessingException e) {
        throw new CarrierException(code, "cannot encode " + op + " request", null, e);
      }
    } else {
      rb.method(method, HttpRequest.BodyPublishers.noBody());
    }
    boolean mutating =
        op == Operation.CREATE_SHIPMENT
            || op == Operation.CANCEL
            || op == Operation.SCHEDULE_PICKUP
            || op == Operation.UPDATE_PICKUP
            || op == Operation.CANCEL_PICKUP
            || op == Operation.CREATE_MANIFEST
            || op == Operation.REFUND;
    HttpResponse<byte[]> response;
    try {
      response = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new CarrierUnavailableException(
          code,
          "carrier '"
              + code
              + "' unreachable for "
              + op
              + " ("
              + e.getClass().getSimpleName()
              + ")",
          null,
          null);
    } catch (IOException e) {
      if (mutating) {
        throw new CarrierOutcomeUnknownException(
            code,
            "carrier '"
                + code
                + "': response to "
                + op
                + " lost ("
                + e.getClass().getSimpleName()
                + "); it may have been carried out",
            null);
      }
      throw new CarrierUnavailableException(
          code,
          "carrier '" + code + "' failed during " + op + " (" + e.getClass().getSimpleName() + ")",
          null,
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (mutating) {
        throw new CarrierOutcomeUnknownException(code, "interrupted while waiting for " + op, null);
      }
      throw new CarrierUnavailableException(
          code, "interrupted while waiting for " + op, null, null);
    }
    int status = response.statusCode();
    if (status == 404
        && (op == Operation.FIND_SHIPMENT
            || op == Operation.TRACK
            || op == Operation.CANCEL
            || op == Operation.REFUND
            || op == Operation.UPDATE_PICKUP
            || op == Operation.CANCEL_PICKUP
            || op == Operation.PROOF_OF_DELIVERY)) {
      return Optional.empty();
    }
    if (status >= 200 && status < 300) {
      try {
        byte[] bytes = response.body();
        return Optional.of(bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes));
      } catch (IOException e) {
        if (mutating) {
          throw new CarrierOutcomeUnknownException(
              code, "carrier '" + code + "': " + op + " succeeded with an unreadable body", null);
        }
        throw new CarrierUnavailableException(
            code, "carrier '" + code + "': unreadable " + op + " response", null, null);
      }
    }
    throw error(op, status, response);
  }

  private CarrierException error(Operation op, int status, HttpResponse<byte[]> response) {
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      body = null;
    }
    JsonNode b = body == null ? JSON.createObjectNode() : body;
    String errorCode = json.text(b, "error.code").orElse(null);
    String detail =
        json.text(b, "error.message").map(s -> ": " + json.truncate(s, MAX_ERROR_TEXT)).orElse("");
    String prefix = "carrier '" + code + "' answered HTTP " + status + " to " + op;
    if (status == 401 || status == 403) {
      return new CarrierAuthenticationException(
          code, prefix + " (check the configured credentials)");
    }
    if (status == 429) {
      Duration retryAfter =
          response
              .headers()
              .firstValue("Retry-After")
              .flatMap(
                  v -> {
                    try {
                      return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
                    } catch (NumberFormatException e) {
                      return Optional.empty();
                    }
                  })
              .orElse(null);
      return new CarrierRateLimitedException(code, prefix + detail, retryAfter);
    }
    if (status >= 500) {
      if (op == Operation.CREATE_SHIPMENT && (status == 502 || status == 504)) {
        return new CarrierOutcomeUnknownException(
            code, prefix + " (gateway error; it may have been carried out)", null);
      }
      return new CarrierUnavailableException(code, prefix + detail, errorCode, null);
    }
    return new CarrierRequestRejectedException(code, prefix + detail, errorCode, List.of());
  }

  @Override
  public String toString() {
    return code
        + " @ "
        + baseUrl
        + (secretHeaders.isEmpty() ? "" : ", credentials " + secretHeaders.keySet());
  }
}
