package io.github.odooconnector.reliability.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An incoming webhook HTTP request as seen by a verifier: headers and the exact body bytes.
 *
 * <p>Header names are matched case-insensitively. The body is copied on construction and on access,
 * so instances are immutable and thread-safe. {@link #toString()} shows header names and the body
 * length only.
 */
public final class WebhookRequest {

  private final Map<String, List<String>> headers;
  private final byte[] body;

  private WebhookRequest(Map<String, List<String>> headers, byte[] body) {
    this.headers = headers;
    this.body = body;
  }

  /**
   * Creates a request from multi-valued headers (as given by most HTTP servers).
   *
   * @param headers header name to values; names are case-insensitive
   * @param body the raw body bytes exactly as received (signatures are computed over these bytes)
   * @return the request
   */
  public static WebhookRequest of(Map<String, ? extends List<String>> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    TreeMap<String, List<String>> copy = new TreeMap<>();
    headers.forEach(
        (name, values) -> {
          Objects.requireNonNull(name, "header name");
          copy.merge(
              name.toLowerCase(Locale.ROOT),
              List.copyOf(values),
              (a, b) -> {
                List<String> merged = new ArrayList<>(a);
                merged.addAll(b);
                return List.copyOf(merged);
              });
        });
    return new WebhookRequest(Collections.unmodifiableMap(copy), body.clone());
  }

  /**
   * Creates a request from single-valued headers.
   *
   * @param headers header name to value; names are case-insensitive
   * @param body the raw body bytes exactly as received
   * @return the request
   */
  public static WebhookRequest ofSingleValued(Map<String, String> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    TreeMap<String, List<String>> multi = new TreeMap<>();
    headers.forEach((k, v) -> multi.put(k, List.of(Objects.requireNonNull(v, "header value"))));
    return of(multi, body);
  }

  /**
   * Returns the first value of a header.
   *
   * @param name header name, case-insensitive
   * @return the first value, or empty if absent
   */
  public Optional<String> header(String name) {
    List<String> values =
        headers.get(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns all values of a header.
   *
   * @param name header name, case-insensitive
   * @return the values, empty if absent
   */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(
        Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * Returns all headers with lower-case names.
   *
   * @return an unmodifiable view
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns a copy of the body bytes.
   *
   * @return the body
   */
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookRequest other
        && headers.equals(other.headers)
        && Arrays.equals(body, other.body);
  }

  @Override
  public int hashCode() {
    return 31 * headers.hashCode() + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "WebhookRequest[headers=" + headers.keySet() + ", bodyBytes=" + body.length + "]";
  }
}
