package io.github.odooconnector.micrometer;

import io.github.odooconnector.micrometer.internal.WireLoggingHttpClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * A wire log of the Odoo client's HTTP exchanges, for diagnosing an integration: pass {@link
 * #httpClient(Duration)} (or {@link #wrap(HttpClient)} of your own client) to {@code
 * OdooClientBuilder.httpClient(...)} and set the logger {@value #LOGGER_NAME} to {@code DEBUG}.
 * Each request and response is logged with its headers and body after redaction: the password or
 * API key that JSON-RPC and XML-RPC pass as an argument, every field or struct member named like a
 * secret (password, key, token, secret, session, cookie, authorization, signature), and the {@code
 * Authorization}, {@code Cookie} and {@code Set-Cookie} headers are replaced by {@code ***}; a body
 * that cannot be parsed, or is larger than the limit, is logged only by its size. The query string
 * of the URL is never logged. When the logger is not at {@code DEBUG} the wrapper adds nothing.
 *
 * <p>Stateless; the returned clients are thread-safe.
 */
public final class WireLog {

  /** The name of the logger used. */
  public static final String LOGGER_NAME = "io.github.odooconnector.wire";

  /** Bodies larger than this many bytes are not logged: {@value}. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  private WireLog() {}

  /**
   * Wraps an HTTP client so its exchanges are logged.
   *
   * @param client the client that sends the requests
   * @return the logging client
   */
  public static HttpClient wrap(HttpClient client) {
    return wrap(client, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Wraps an HTTP client so its exchanges are logged, with a body size limit.
   *
   * @param client the client that sends the requests
   * @param maxBodyBytes bodies larger than this are logged by size only; at least 0
   * @return the logging client
   */
  public static HttpClient wrap(HttpClient client, int maxBodyBytes) {
    Objects.requireNonNull(client, "client");
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes must not be negative, got " + maxBodyBytes);
    }
    return new WireLoggingHttpClient(client, System.getLogger(LOGGER_NAME), maxBodyBytes);
  }

  /**
   * A logging client configured as the Odoo client configures its own (HTTP/1.1, no redirects, TLS
   * verification on with the JDK's trust store).
   *
   * @param connectTimeout the connect timeout
   * @return the logging client; the application closes nothing (the JDK client has no close on Java
   *     17)
   */
  public static HttpClient httpClient(Duration connectTimeout) {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    return wrap(
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .build());
  }
}
