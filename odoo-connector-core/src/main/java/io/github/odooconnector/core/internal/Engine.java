package io.github.odooconnector.core.internal;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.Policy;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.CallInfo;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooConcurrencyException;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooOutcomeUnknownException;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.internal.codec.Json;
import io.github.odooconnector.core.internal.codec.XmlRpcCodec;
import io.github.odooconnector.core.internal.transport.HttpTransport;
import io.github.odooconnector.core.internal.transport.TransportFailure;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * State shared by a client and its {@code withContext} views: transport, codecs, detected protocol
 * and version, cached uid, and the resilience policies. Thread-safe.
 */
final class Engine {

  private final ClientConfig cfg;
  private final HttpTransport http;
  private final JsonRpcWire jsonRpc;
  private final XmlRpcWire xmlRpc;
  private final Json2Wire json2;
  private final CallListener listener;
  private final CircuitBreaker<Object> breaker;
  private final RateLimiter<Object> limiter;
  private final Credentials credentials;
  private final WebSession webSession;
  private final Json json;
  private final URI base;
  private final AtomicLong callIds = new AtomicLong();
  private final Object sessionLock = new Object();
  private volatile ServerVersion version = ServerVersion.UNKNOWN;
  private volatile Wire wire;
  private volatile long uid;
  private volatile boolean closed;
  private final ReadExecutor reads = new ReadExecutor();

  Engine(ClientConfig cfg) {
    this.cfg = cfg;
    this.http =
        new HttpTransport(
            cfg.httpClient(),
            cfg.connectTimeout(),
            cfg.sslContext(),
            cfg.sslParameters(),
            cfg.maxResponseBytes(),
            cfg.userAgent());
    int maxString = (int) Math.min(Integer.MAX_VALUE - 16, cfg.maxResponseBytes());
    Json json = new Json(maxString);
    XmlRpcCodec xml = new XmlRpcCodec(XmlRpcCodec.DEFAULT_MAX_DEPTH, maxString);
    URI base = normalize(cfg.url());
    this.credentials = new Credentials(cfg.password(), cfg.apiKey());
    this.json = json;
    this.base = base;
    this.webSession = new WebSession(http, json, base, cfg, credentials);
    this.jsonRpc = new JsonRpcWire(http, json, base, cfg, credentials);
    this.xmlRpc = new XmlRpcWire(http, xml, base, cfg, credentials);
    this.json2 =
        cfg.apiKey() == null ? null : new Json2Wire(http, json, base, cfg, credentials, jsonRpc);
    this.listener = new SafeListener(cfg.listener());
    this.breaker =
        cfg.circuitBreaker() == null
            ? null
            : CircuitBreaker.builder()
                .handleIf((r, e) -> e instanceof OdooTransportException)
                .withFailureThreshold(cfg.circuitBreaker().failureThreshold())
                .withDelay(cfg.circuitBreaker().openDuration())
                .build();
    this.limiter =
        cfg.rateLimit() == null
            ? null
            : RateLimiter.smoothBuilder(cfg.rateLimit().permits(), cfg.rateLimit().period())
                .withMaxWaitTime(cfg.rateLimit().maxWait())
                .build();
    switch (cfg.protocol()) {
      case JSONRPC -> this.wire = jsonRpc;
      case XMLRPC -> this.wire = xmlRpc;
      case JSON2 -> this.wire = json2;
      default -> this.wire = null;
    }
  }

  private static URI normalize(URI url) {
    String s = url.toString();
    return URI.create(s.endsWith("/") ? s : s + "/");
  }

  ClientConfig config() {
    return cfg;
  }

  ServerVersion knownVersion() {
    return version;
  }

  Site site(String model, String method) {
    return new Site(model, method, this::knownVersion, credentials.secrets());
  }

  void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("OdooClient is closed");
    }
  }

  void close() {
    closed = true;
    reads.close();
    http.close();
  }

  /** The worker threads of this client's parallel reads, shared by its streams. */
  ReadExecutor reads() {
    return reads;
  }

  // --- session

  /** The protocol to use, detecting it (and the version) on first use for AUTO. */
  Wire wire(long deadlineNanos) {
    Wire w = wire;
    if (w != null) {
      return w;
    }
    synchronized (sessionLock) {
      if (wire == null) {
        ServerVersion v = detectVersion(deadlineNanos);
        if (v.isAtLeast(19) && json2 != null || !v.isKnown() && json2 != null) {
          wire = json2;
        } else if (cfg.login() == null || cfg.database() == null) {
          throw new IllegalStateException(
              "Odoo "
                  + v
                  + " has no JSON-2 API: JSON-RPC needs database and "
                  + "login to be configured (the API key is used as password)");
        } else {
          wire = jsonRpc;
        }
      }
      return wire;
    }
  }

  ServerVersion serverVersion(long deadlineNanos) {
    ServerVersion v = version;
    if (v.isKnown()) {
      return v;
    }
    Wire w = wire(deadlineNanos);
    v = version;
    if (v.isKnown()) {
      return v;
    }
    ServerVersion got =
        run(
            "common",
            "version",
            w.protocol(),
            true,
            deadlineNanos,
            (site, timeout) -> w.version(site, timeout));
    version = got;
    return got;
  }

  private ServerVersion detectVersion(long deadlineNanos) {
    Optional<ServerVersion> rest =
        run(
            "web",
            "version",
            Protocol.JSONRPC,
            true,
            deadlineNanos,
            (site, timeout) -> jsonRpc.restVersion(site, timeout));
    if (rest.isPresent()) {
      version = rest.get();
      return rest.get();
    }
    try {
      ServerVersion v =
          run(
              "web",
              "version_info",
              Protocol.JSONRPC,
              true,
              deadlineNanos,
              (site, timeout) -> jsonRpc.webVersion(site, timeout));
      version = v;
      return v;
    } catch (OdooTransportException e) {
      throw e;
    } catch (OdooException webFailed) {
      try {
        ServerVersion v =
            run(
                "common",
                "version",
                Protocol.JSONRPC,
                true,
                deadlineNanos,
                (site, timeout) -> jsonRpc.version(site, timeout));
        version = v;
        return v;
      } catch (OdooTransportException e) {
        throw e;
      } catch (OdooException rpcFailed) {
        if (json2 != null) {
          // JSON-RPC gone (Odoo 20+?): JSON-2 is the only option left.
          return ServerVersion.UNKNOWN;
        }
        throw rpcFailed;
      }
    }
  }

  private long uid(Wire w, Duration timeout) {
    long u = uid;
    if (u > 0) {
      return u;
    }
    synchronized (sessionLock) {
      if (uid > 0) {
        return uid;
      }
      Site site = site("common", "authenticate");
      long got = authenticateOnce(w, site, timeout);
      if (got <= 0 && credentials.refresh()) {
        // the secret store may hold a rotated key or password: try the new one once
        got = authenticateOnce(w, site, timeout);
      }
      if (got <= 0) {
        throw new OdooAuthenticationException(
            "Odoo rejected the credentials of login '"
                + cfg.login()
                + "' on database '"
                + cfg.database()
                + "' (authenticate returned false)",
            "common",
            "authenticate",
            version,
            null,
            null);
      }
      uid = got;
      return got;
    }
  }

  private static long authenticateOnce(Wire w, Site site, Duration timeout) {
    try {
      return w.authenticate(site, timeout);
    } catch (TransportFailure f) {
      // authenticate has no side effect: always safe to retry
      throw OdooErrors.fromTransport(f, true, site);
    }
  }

  /** The credentials in force (rotating through their sources). */
  Credentials credentials() {
    return credentials;
  }

  HttpTransport http() {
    return http;
  }

  WebSession webSession() {
    return webSession;
  }

  Json json() {
    return json;
  }

  URI base() {
    return base;
  }

  private void invalidateUid(long stale) {
    synchronized (sessionLock) {
      if (uid == stale) {
        uid = 0;
      }
    }
  }

  // --- calls

  /** One attempt of a call. */
  interface Attempt<T> {
    T run(Site site, Duration timeout);
  }

  /**
   * Executes a model method with authentication, retries, circuit breaker, rate limit and listener
   * events.
   */
  Object execute(
      Invocation inv, Map<String, Object> context, boolean idempotent, long deadlineNanos) {
    Wire w = wire(deadlineNanos);
    return run(
        inv.model(),
        inv.method(),
        w.protocol(),
        idempotent,
        deadlineNanos,
        (site, timeout) -> {
          if (!w.needsUid()) {
            try {
              return w.execute(0, inv, context, site, timeout);
            } catch (OdooAuthenticationException rejected) {
              // the key may have been rotated: Odoo rejected it before running anything, so
              // repeating once with the key the source holds now is safe
              if (!credentials.refresh()) {
                throw rejected;
              }
              return w.execute(0, inv, context, site, timeout);
            }
          }
          long u = uid(w, timeout);
          try {
            return w.execute(u, inv, context, site, timeout);
          } catch (OdooAuthenticationException rejected) {
            // The password/key may have been rotated or the uid cached from another database: Odoo
            // rejected the credentials before running anything, so re-authenticating (which
            // re-reads the credential source when Odoo refuses the cached secret) and repeating
            // once is safe.
            invalidateUid(u);
            long fresh = uid(w, timeout);
            return w.execute(fresh, inv, context, site, timeout);
          }
        });
  }

  <T> T run(
      String model,
      String method,
      Protocol protocol,
      boolean idempotent,
      long deadlineNanos,
      Attempt<T> attempt) {
    ensureOpen();
    CallInfo info = new CallInfo(callIds.incrementAndGet(), model, method, protocol, idempotent);
    Site site = site(model, method);
    AtomicInteger attempts = new AtomicInteger();
    long start = System.nanoTime();
    listener.callStarted(info);
    List<Policy<Object>> policies = new ArrayList<>(3);
    policies.add(retryPolicy(info, deadlineNanos));
    if (breaker != null) {
      policies.add(breaker);
    }
    if (limiter != null) {
      policies.add(limiter);
    }
    try {
      Object result =
          Failsafe.with(policies)
              .get(
                  ctx -> {
                    int n = attempts.incrementAndGet();
                    listener.attemptStarted(info, n);
                    long remaining = deadlineNanos - System.nanoTime();
                    if (remaining <= 0) {
                      throw new OdooTransportException(
                          "call timeout exceeded before attempt " + n,
                          model,
                          method,
                          version,
                          0,
                          null,
                          null);
                    }
                    Duration timeout =
                        Duration.ofNanos(Math.min(cfg.requestTimeout().toNanos(), remaining));
                    try {
                      return attempt.run(site, timeout);
                    } catch (TransportFailure f) {
                      throw OdooErrors.fromTransport(f, idempotent, site);
                    }
                  });
      listener.callSucceeded(
          info, Math.max(1, attempts.get()), Duration.ofNanos(System.nanoTime() - start));
      @SuppressWarnings("unchecked")
      T t = (T) result;
      return t;
    } catch (OdooException e) {
      listener.callFailed(info, attempts.get(), Duration.ofNanos(System.nanoTime() - start), e);
      throw e;
    } catch (CircuitBreakerOpenException e) {
      OdooException ex =
          new OdooTransportException(
              "circuit breaker is open after repeated transport " + "failures; not calling Odoo",
              model,
              method,
              version,
              0,
              null,
              e);
      listener.callFailed(info, attempts.get(), Duration.ofNanos(System.nanoTime() - start), ex);
      throw ex;
    } catch (RateLimitExceededException e) {
      OdooException ex =
          new OdooTransportException(
              "client-side rate limit exceeded (no permit within "
                  + cfg.rateLimit().maxWait().toMillis()
                  + " ms)",
              model,
              method,
              version,
              0,
              null,
              e);
      listener.callFailed(info, attempts.get(), Duration.ofNanos(System.nanoTime() - start), ex);
      throw ex;
    } catch (FailsafeException e) {
      Throwable c = e.getCause();
      OdooException ex =
          c instanceof InterruptedException
              ? new OdooTransportException("interrupted", model, method, version, 0, null, c)
              : OdooErrors.protocol("unexpected failure: " + c, site, c);
      if (c instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      listener.callFailed(info, attempts.get(), Duration.ofNanos(System.nanoTime() - start), ex);
      throw ex;
    } catch (RuntimeException e) {
      listener.callFailed(
          info,
          attempts.get(),
          Duration.ofNanos(System.nanoTime() - start),
          OdooErrors.protocol(e.toString(), site, e));
      throw e;
    }
  }

  private RetryPolicy<Object> retryPolicy(CallInfo info, long deadlineNanos) {
    RetrySettings rs = cfg.retry();
    RetryPolicyBuilder<Object> b =
        RetryPolicy.builder()
            .handleIf((r, e) -> isRetryable(e) && System.nanoTime() < deadlineNanos)
            .withMaxAttempts(rs.maxAttempts())
            .onRetryScheduled(
                ev ->
                    listener.retryScheduled(
                        info,
                        ev.getAttemptCount(),
                        ev.getLastException() instanceof OdooException oe ? oe : null,
                        ev.getDelay()));
    long remaining = deadlineNanos - System.nanoTime();
    if (rs.maxAttempts() > 1 && remaining <= rs.initialDelay().toNanos()) {
      b.withMaxAttempts(1); // no time left for even one backoff
    } else if (rs.maxAttempts() > 1) {
      // Failsafe shortens the last delay so retries never outlive the call's deadline
      b.withMaxDuration(Duration.ofNanos(remaining));
      if (rs.maxDelay().compareTo(rs.initialDelay()) > 0
          && rs.multiplier() > 1.0
          && !rs.initialDelay().isZero()) {
        b.withBackoff(rs.initialDelay(), rs.maxDelay(), rs.multiplier());
      } else {
        b.withDelay(rs.initialDelay());
      }
      if (rs.jitter() > 0) {
        b.withJitter(rs.jitter());
      }
      b.withDelayFn(
          ctx -> {
            Throwable last = ctx.getLastException();
            if (last instanceof OdooTransportException te && te.retryAfter().isPresent()) {
              Duration ra = te.retryAfter().get();
              return ra.compareTo(rs.maxDelay()) > 0 ? rs.maxDelay() : ra;
            }
            return Duration.ofNanos(-1); // fall back to the exponential backoff
          });
    }
    return b.build();
  }

  static boolean isRetryable(Throwable e) {
    if (e instanceof OdooOutcomeUnknownException) {
      return false;
    }
    return e instanceof OdooConcurrencyException
        || e instanceof OdooTransportException te
            && !(te.getCause() instanceof CircuitBreakerOpenException)
            && !(te.getCause() instanceof InterruptedException)
            && !(te.getCause() instanceof TransportFailure tf
                && (tf.kind() == TransportFailure.Kind.INTERRUPTED
                    || tf.kind() == TransportFailure.Kind.TLS));
  }
}
