package io.github.odooconnector.micrometer.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} that logs each exchange of the client it wraps at {@code DEBUG} (request
 * line, redacted headers and body; response status, redacted headers and body), through {@link
 * System.Logger}. Bodies above a size limit are not logged, only their size. Everything else is the
 * wrapped client's.
 */
public final class WireLoggingHttpClient extends HttpClient {

  private static final AtomicLong IDS = new AtomicLong();

  private final HttpClient delegate;
  private final Logger log;
  private final int maxBodyBytes;

  /**
   * Wraps a client.
   *
   * @param delegate the client that does the work
   * @param log where the exchanges go
   * @param maxBodyBytes bodies larger than this are not logged
   */
  public WireLoggingHttpClient(HttpClient delegate, Logger log, int maxBodyBytes) {
    this.delegate = delegate;
    this.log = log;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }

  @Override
  public WebSocket.Builder newWebSocketBuilder() {
    return delegate.newWebSocketBuilder();
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    if (!log.isLoggable(Level.DEBUG)) {
      return delegate.send(request, handler);
    }
    long id = IDS.incrementAndGet();
    HttpRequest logged = logRequest(id, request);
    return delegate.send(logged, logging(id, handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    if (!log.isLoggable(Level.DEBUG)) {
      return delegate.sendAsync(request, handler);
    }
    long id = IDS.incrementAndGet();
    HttpRequest logged = logRequest(id, request);
    return delegate.sendAsync(logged, logging(id, handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    if (!log.isLoggable(Level.DEBUG)) {
      return delegate.sendAsync(request, handler, push);
    }
    long id = IDS.incrementAndGet();
    HttpRequest logged = logRequest(id, request);
    return delegate.sendAsync(logged, logging(id, handler), push);
  }

  private HttpRequest logRequest(long id, HttpRequest request) {
    Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
    byte[] body = new byte[0];
    HttpRequest toSend = request;
    if (publisher.isPresent() && publisher.get().contentLength() != 0) {
      Optional<byte[]> read = drain(publisher.get());
      if (read.isPresent()) {
        body = read.get();
        toSend =
            HttpRequest.newBuilder(request, (n, v) -> true)
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
      }
    }
    String ct = request.headers().firstValue("Content-Type").orElse("");
    log.log(
        Level.DEBUG,
        "odoo wire #{0} >> {1} {2} [{3}] {4}",
        Long.toString(id),
        request.method(),
        safeUri(request),
        Redactor.headers(request.headers().map()),
        publisher.isPresent() && body.length == 0 && publisher.get().contentLength() != 0
            ? "(body not readable for logging)"
            : Redactor.body(ct, body, body.length > maxBodyBytes));
    return toSend;
  }

  private static String safeUri(HttpRequest request) {
    // query strings may carry tokens: log the path only
    return request.uri().getScheme()
        + "://"
        + request.uri().getAuthority()
        + request.uri().getPath();
  }

  /** Reads a request body publisher (the SDK's are in-memory byte arrays). */
  private static Optional<byte[]> drain(HttpRequest.BodyPublisher publisher) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<ByteBuffer>() {
          @Override
          public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(ByteBuffer item) {
            byte[] b = new byte[item.remaining()];
            item.get(b);
            out.writeBytes(b);
          }

          @Override
          public void onError(Throwable t) {
            done.completeExceptionally(t);
          }

          @Override
          public void onComplete() {
            done.complete(out.toByteArray());
          }
        });
    try {
      return Optional.of(done.get(5, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private <T> HttpResponse.BodyHandler<T> logging(long id, HttpResponse.BodyHandler<T> handler) {
    return info -> new Tee<>(id, info, handler.apply(info));
  }

  /** Passes the response body through and copies its start for the log. */
  private final class Tee<T> implements HttpResponse.BodySubscriber<T> {
    private final long id;
    private final HttpResponse.ResponseInfo info;
    private final HttpResponse.BodySubscriber<T> downstream;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean truncated;

    Tee(long id, HttpResponse.ResponseInfo info, HttpResponse.BodySubscriber<T> downstream) {
      this.id = id;
      this.info = info;
      this.downstream = downstream;
    }

    @Override
    public CompletionStage<T> getBody() {
      return downstream.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      downstream.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      for (ByteBuffer b : item) {
        ByteBuffer view = b.duplicate();
        int n = view.remaining();
        if (copy.size() + n > maxBodyBytes) {
          truncated = true;
        }
        if (!truncated) {
          byte[] bytes = new byte[n];
          view.get(bytes);
          copy.writeBytes(bytes);
        }
      }
      downstream.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      log.log(
          Level.DEBUG,
          "odoo wire #{0} << {1} failed while reading the body: {2}",
          Long.toString(id),
          Integer.toString(info.statusCode()),
          throwable.getClass().getSimpleName());
      downstream.onError(throwable);
    }

    @Override
    public void onComplete() {
      HttpHeaders h = info.headers();
      log.log(
          Level.DEBUG,
          "odoo wire #{0} << {1} [{2}] {3}",
          Long.toString(id),
          Integer.toString(info.statusCode()),
          Redactor.headers(h.map()),
          Redactor.body(h.firstValue("Content-Type").orElse(""), copy.toByteArray(), truncated));
      downstream.onComplete();
    }
  }
}
