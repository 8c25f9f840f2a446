package io.github.odooconnector.core.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * POSTs a body and reads the response with a hard deadline and a hard size cap: the body is
 * consumed as a stream and the exchange is cancelled as soon as it exceeds {@code maxBytes} or the
 * deadline passes, so a hostile or stuck server can neither exhaust memory nor block a caller
 * beyond its timeout. Requests sent with {@link #post}, {@link #get} and {@link #postStream} accept
 * gzip ({@code Accept-Encoding: gzip}, as a compressing reverse proxy in front of Odoo expects); a
 * gzip body is decompressed with the same {@code maxBytes} cap applied to the decompressed bytes.
 * Thread-safe.
 */
public final class HttpTransport implements AutoCloseable {

  private final HttpClient client;
  private final boolean ownsClient;
  private final long maxBytes;
  private final String userAgent;

  /**
   * Creates a transport.
   *
   * @param provided a caller-owned client, or null to create one
   * @param connectTimeout connect timeout for a created client
   * @param sslContext TLS context for a created client, or null for the JDK default (verification
   *     on)
   * @param sslParameters TLS parameters for a created client, or null
   * @param maxBytes maximum response body size
   * @param userAgent User-Agent header
   */
  public HttpTransport(
      HttpClient provided,
      Duration connectTimeout,
      SSLContext sslContext,
      SSLParameters sslParameters,
      long maxBytes,
      String userAgent) {
    if (provided != null) {
      this.client = provided;
      this.ownsClient = false;
    } else {
      HttpClient.Builder b =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(connectTimeout);
      if (sslContext != null) {
        b.sslContext(sslContext);
      }
      if (sslParameters != null) {
        b.sslParameters(sslParameters);
      }
      this.client = b.build();
      this.ownsClient = true;
    }
    this.maxBytes = maxBytes;
    this.userAgent = userAgent;
  }

  /**
   * Sends a POST and returns the full response (any status).
   *
   * @param uri target
   * @param contentType request Content-Type
   * @param headers extra headers (values may be secret: never logged)
   * @param body request body
   * @param timeout deadline for the whole exchange including the body
   * @return the response
   * @throws TransportFailure on connect failure, timeout, broken connection or oversized body
   */
  public HttpResult post(
      URI uri, String contentType, Map<String, String> headers, byte[] body, Duration timeout) {
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", contentType)
            .header("Accept", contentType.startsWith("text/xml") ? "text/xml" : "application/json")
            .header("User-Agent", userAgent)
            .header("Accept-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(rb::header);
    return exchange(rb, uri, timeout);
  }

  /**
   * Sends a GET and returns the full response (any status), with the same caps as {@link #post}.
   *
   * @param uri target
   * @param headers extra headers (values may be secret: never logged)
   * @param timeout deadline for the whole exchange including the body
   * @return the response
   * @throws TransportFailure on connect failure, timeout, broken connection or oversized body
   */
  public HttpResult get(URI uri, Map<String, String> headers, Duration timeout) {
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", userAgent)
            .header("Accept-Encoding", "gzip")
            .GET();
    headers.forEach(rb::header);
    return exchange(rb, uri, timeout);
  }

  /** What a streamed download received. */
  public record Download(int status, HttpHeaders headers, long bytes, byte[] errorBody) {}

  /**
   * GETs {@code uri} and, when {@code accept} approves the status and headers, copies the body to
   * {@code out} as it arrives: nothing is buffered beyond one read buffer and no size cap applies
   * (the explicit exception to the {@code maxBytes} cap, for reports and files). Otherwise up to 64
   * KiB of the body are returned as {@code errorBody}. The exchange is cut at {@code deadline}.
   *
   * @param uri target
   * @param headers extra headers (may be secret)
   * @param timeout time until the response headers
   * @param bodyTimeout time for the whole exchange including the body
   * @param accept decides from status and headers (empty body) whether to stream
   * @param out where the body goes
   * @return the status, headers and bytes copied
   * @throws TransportFailure on connect failure, timeout or broken connection
   * @throws UncheckedIOException when writing to {@code out} fails
   */
  public Download download(
      URI uri,
      Map<String, String> headers,
      Duration timeout,
      Duration bodyTimeout,
      Predicate<HttpResult> accept,
      OutputStream out) {
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent).GET();
    headers.forEach(rb::header);
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<InputStream>> future =
        client.sendAsync(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
    HttpResponse<InputStream> response = await(future, uri, timeout, start);
    AtomicBoolean done = new AtomicBoolean();
    AtomicBoolean timedOut = new AtomicBoolean();
    InputStream body = response.body();
    try (InputStream in = body) {
      HttpResult head = new HttpResult(response.statusCode(), response.headers(), new byte[0]);
      if (!accept.test(head)) {
        return new Download(response.statusCode(), response.headers(), 0, in.readNBytes(65536));
      }
      long remaining = Math.max(1, bodyTimeout.toNanos() - (System.nanoTime() - start));
      CompletableFuture.delayedExecutor(remaining, TimeUnit.NANOSECONDS)
          .execute(
              () -> {
                if (!done.get()) {
                  timedOut.set(true);
                  try {
                    body.close();
                  } catch (IOException ignored) {
                    // closing only interrupts the copy
                  }
                }
              });
      byte[] buf = new byte[64 * 1024];
      long n = 0;
      while (true) {
        int r;
        try {
          r = in.read(buf);
        } catch (IOException e) {
          throw new TransportFailure(
              timedOut.get() ? TransportFailure.Kind.TIMEOUT : TransportFailure.Kind.IO,
              (timedOut.get()
                      ? "download from "
                          + TransportFailures.safe(uri)
                          + " exceeded "
                          + bodyTimeout.toMillis()
                          + " ms"
                      : "download from " + TransportFailures.safe(uri) + " broke")
                  + " after "
                  + n
                  + " bytes",
              0,
              null,
              false,
              e);
        }
        if (r < 0) {
          break;
        }
        try {
          out.write(buf, 0, r);
        } catch (IOException e) {
          throw new UncheckedIOException("writing the download failed after " + n + " bytes", e);
        }
        n += r;
      }
      return new Download(response.statusCode(), response.headers(), n, new byte[0]);
    } catch (IOException e) {
      throw new TransportFailure(
          TransportFailure.Kind.IO,
          "download from " + TransportFailures.safe(uri) + " broke",
          0,
          null,
          false,
          e);
    } finally {
      done.set(true);
    }
  }

  /**
   * POSTs a body produced by {@code body} (read once, as it is sent: a large upload is never held
   * in memory) and returns the response, capped like {@link #post}.
   *
   * @param uri target
   * @param contentType request Content-Type
   * @param headers extra headers (may be secret)
   * @param body supplies the body stream; called once
   * @param timeout deadline for the whole exchange
   * @return the response
   * @throws TransportFailure on connect failure, timeout, broken connection or oversized answer
   */
  public HttpResult postStream(
      URI uri,
      String contentType,
      Map<String, String> headers,
      Supplier<InputStream> body,
      Duration timeout) {
    HttpRequest.Builder rb =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent)
            .header("Accept-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofInputStream(body));
    headers.forEach(rb::header);
    return exchange(rb, uri, timeout);
  }

  private <T> HttpResponse<T> await(
      CompletableFuture<HttpResponse<T>> future, URI uri, Duration timeout, long start) {
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new TransportFailure(
          TransportFailure.Kind.TIMEOUT,
          "no response from "
              + TransportFailures.safe(uri)
              + " within "
              + timeout.toMillis()
              + " ms",
          0,
          null,
          false,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw new TransportFailure(
          TransportFailure.Kind.INTERRUPTED,
          "interrupted while calling " + TransportFailures.safe(uri),
          0,
          null,
          false,
          e);
    } catch (ExecutionException e) {
      throw TransportFailures.classify(
          uri,
          e.getCause() == null ? e : e.getCause(),
          Duration.ofNanos(System.nanoTime() - start),
          timeout);
    }
  }

  private HttpResult exchange(HttpRequest.Builder rb, URI uri, Duration timeout) {
    CappedBodySubscriber[] subscriber = new CappedBodySubscriber[1];
    HttpResponse.BodyHandler<byte[]> handler =
        info -> {
          long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
          CappedBodySubscriber s = new CappedBodySubscriber(maxBytes, declared);
          subscriber[0] = s;
          return s;
        };
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<byte[]>> future;
    try {
      future = client.sendAsync(rb.build(), handler);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new TransportFailure(
          TransportFailure.Kind.CONNECT,
          "cannot send request: " + e.getMessage(),
          0,
          null,
          true,
          e);
    }
    try {
      HttpResponse<byte[]> response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return Compression.decode(
          new HttpResult(response.statusCode(), response.headers(), response.body()),
          maxBytes,
          uri);
    } catch (TimeoutException e) {
      future.cancel(true);
      CappedBodySubscriber s = subscriber[0];
      if (s != null) {
        s.abort();
      }
      throw new TransportFailure(
          TransportFailure.Kind.TIMEOUT,
          "no complete response from "
              + TransportFailures.safe(uri)
              + " within "
              + timeout.toMillis()
              + " ms",
          0,
          null,
          false,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      CappedBodySubscriber s = subscriber[0];
      if (s != null) {
        s.abort();
      }
      throw new TransportFailure(
          TransportFailure.Kind.INTERRUPTED,
          "interrupted while calling " + TransportFailures.safe(uri),
          0,
          null,
          false,
          e);
    } catch (ExecutionException e) {
      throw TransportFailures.classify(
          uri,
          e.getCause() == null ? e : e.getCause(),
          Duration.ofNanos(System.nanoTime() - start),
          timeout);
    }
  }

  /**
   * Parses a Retry-After header (delta-seconds or HTTP date).
   *
   * @param result response
   * @return the delay, or null
   */
  public static Duration retryAfter(HttpResult result) {
    String v = result.headers().firstValue("Retry-After").orElse(null);
    if (v == null) {
      return null;
    }
    v = v.trim();
    try {
      long secs = Long.parseLong(v);
      return secs < 0 ? null : Duration.ofSeconds(Math.min(secs, 86_400));
    } catch (NumberFormatException ignored) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (RuntimeException e) {
        return null;
      }
    }
  }

  /**
   * Releases the transport. The JDK 17 {@link HttpClient} has no {@code close()}: an owned client's
   * pooled connections and selector thread end once it is unreachable; a caller-provided client is
   * left untouched.
   */
  @Override
  public void close() {
    // nothing to release explicitly on Java 17 (see Javadoc); kept for a future JDK 21
    // HttpClient.close()
  }

  /**
   * @return whether this transport created its HTTP client (and would close it on JDK 21+)
   */
  boolean ownsClient() {
    return ownsClient;
  }
}
