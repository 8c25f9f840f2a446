package io.github.odooconnector.core.api;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.internal.ClientConfig;
import io.github.odooconnector.core.internal.DefaultOdooClient;
import io.github.odooconnector.core.spi.CredentialSource;
import io.github.odooconnector.core.spi.TotpCodeSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Configures and builds an {@link OdooClient}. TLS certificate and host name verification are
 * always on (use {@link #sslContext(SSLContext)} to trust a private CA). Not thread-safe; {@link
 * #toString()} never shows the password or API key.
 */
public final class OdooClientBuilder {

  private URI url;
  private String database;
  private String login;
  private CredentialSource password;
  private CredentialSource apiKey;
  private Protocol protocol = Protocol.AUTO;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(60);
  private Duration callTimeout = Duration.ofMinutes(3);
  private RetrySettings retry = RetrySettings.defaults();
  private CircuitBreakerSettings circuitBreaker;
  private RateLimitSettings rateLimit;
  private CallListener listener = CallListener.NOOP;
  private HttpClient httpClient;
  private SSLContext sslContext;
  private SSLParameters sslParameters;
  private long maxResponseBytes = 64L * 1024 * 1024;
  private Context context = Context.empty();
  private String userAgent = "odoo-connector";
  private TotpCodeSource totp;

  /** Creates an empty builder; prefer {@link OdooClient#builder()}. */
  public OdooClientBuilder() {}

  /**
   * The server's base URL, for example {@code https://erp.example.com} (no path, or the path Odoo
   * is mounted on).
   *
   * @param baseUrl an http or https URL
   * @return this builder
   */
  public OdooClientBuilder url(String baseUrl) {
    Objects.requireNonNull(baseUrl, "url");
    URI u;
    try {
      u = URI.create(baseUrl.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("url is not a valid URI: '" + baseUrl + "'", e);
    }
    return url(u);
  }

  /**
   * The server's base URL.
   *
   * @param baseUrl an absolute http or https URI without user info, query or fragment
   * @return this builder
   */
  public OdooClientBuilder url(URI baseUrl) {
    Objects.requireNonNull(baseUrl, "url");
    String scheme = baseUrl.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "url must be an absolute http(s) URL with a host, got '" + baseUrl + "'");
    }
    if (baseUrl.getRawUserInfo() != null
        || baseUrl.getRawQuery() != null
        || baseUrl.getRawFragment() != null) {
      throw new IllegalArgumentException("url must not contain user info, query or fragment");
    }
    this.url = baseUrl;
    return this;
  }

  /**
   * The database name.
   *
   * @param name database
   * @return this builder
   */
  public OdooClientBuilder database(String name) {
    this.database = requireText(name, "database");
    return this;
  }

  /**
   * The user's login (needed by JSON-RPC and XML-RPC).
   *
   * @param value login
   * @return this builder
   */
  public OdooClientBuilder login(String value) {
    this.login = requireText(value, "login");
    return this;
  }

  /**
   * The user's password (JSON-RPC/XML-RPC only).
   *
   * @param value password
   * @return this builder
   */
  public OdooClientBuilder password(String value) {
    this.password = CredentialSource.fixed(requireText(value, "password"));
    return this;
  }

  /**
   * Where to read the user's password when the client needs it (JSON-RPC/XML-RPC and web sessions),
   * for passwords that change while the client runs. Read on first use and once more after Odoo
   * rejects it.
   *
   * @param source the password source
   * @return this builder
   */
  public OdooClientBuilder password(CredentialSource source) {
    this.password = Objects.requireNonNull(source, "password");
    return this;
  }

  /**
   * An Odoo API key. Required for JSON-2; JSON-RPC and XML-RPC use it in place of the password.
   *
   * @param value API key
   * @return this builder
   */
  public OdooClientBuilder apiKey(String value) {
    this.apiKey = CredentialSource.fixed(requireText(value, "apiKey"));
    return this;
  }

  /**
   * Where to read the API key when the client needs it, so keys rotate from a secret store without
   * rebuilding the client: the source is read on first use, and again once when Odoo rejects the
   * key (the rejected step is then repeated once with the new key before {@link
   * OdooAuthenticationException} surfaces).
   *
   * @param source the API key source
   * @return this builder
   */
  public OdooClientBuilder apiKey(CredentialSource source) {
    this.apiKey = Objects.requireNonNull(source, "apiKey");
    return this;
  }

  /**
   * The second factor of a login protected by two-factor authentication (Odoo's {@code auth_totp}):
   * asked for the current code each time the client opens a web session (reports, file transfers,
   * API-key management). Without it, such a login gets {@link OdooAuthenticationException} saying a
   * second factor is required. RPC calls with an API key never need it.
   *
   * @param source the code source
   * @return this builder
   */
  public OdooClientBuilder totp(TotpCodeSource source) {
    this.totp = Objects.requireNonNull(source, "totp");
    return this;
  }

  /**
   * The protocol; default {@link Protocol#AUTO}.
   *
   * @param value protocol
   * @return this builder
   */
  public OdooClientBuilder protocol(Protocol value) {
    this.protocol = Objects.requireNonNull(value, "protocol");
    return this;
  }

  /**
   * TCP/TLS connect timeout; default 10 s. Ignored when {@link #httpClient(HttpClient)} is set.
   *
   * @param value positive duration
   * @return this builder
   */
  public OdooClientBuilder connectTimeout(Duration value) {
    this.connectTimeout = positive(value, "connectTimeout");
    return this;
  }

  /**
   * Timeout of one attempt (until the whole response body is read); default 60 s.
   *
   * @param value positive duration
   * @return this builder
   */
  public OdooClientBuilder requestTimeout(Duration value) {
    this.requestTimeout = positive(value, "requestTimeout");
    return this;
  }

  /**
   * Default timeout of a whole call including retries and backoff; default 3 min. Overridable per
   * call with {@link CallOptions#timeout(Duration)}.
   *
   * @param value positive duration
   * @return this builder
   */
  public OdooClientBuilder callTimeout(Duration value) {
    this.callTimeout = positive(value, "callTimeout");
    return this;
  }

  /**
   * Retry behaviour; default {@link RetrySettings#defaults()}.
   *
   * @param value retry settings
   * @return this builder
   */
  public OdooClientBuilder retry(RetrySettings value) {
    this.retry = Objects.requireNonNull(value, "retry");
    return this;
  }

  /**
   * Enables a circuit breaker; off by default.
   *
   * @param value circuit breaker settings
   * @return this builder
   */
  public OdooClientBuilder circuitBreaker(CircuitBreakerSettings value) {
    this.circuitBreaker = Objects.requireNonNull(value, "circuitBreaker");
    return this;
  }

  /**
   * Enables a client-side rate limit; off by default.
   *
   * @param value rate limit settings
   * @return this builder
   */
  public OdooClientBuilder rateLimit(RateLimitSettings value) {
    this.rateLimit = Objects.requireNonNull(value, "rateLimit");
    return this;
  }

  /**
   * Registers the observability listener; default {@link CallListener#NOOP}.
   *
   * @param value listener
   * @return this builder
   */
  public OdooClientBuilder listener(CallListener value) {
    this.listener = Objects.requireNonNull(value, "listener");
    return this;
  }

  /**
   * Uses a caller-provided JDK HTTP client (proxy, executor, TLS, authenticator). The caller keeps
   * ownership: {@link OdooClient#close()} does not close it. Overrides {@link #connectTimeout},
   * {@link #sslContext} and {@link #sslParameters}.
   *
   * @param value HTTP client
   * @return this builder
   */
  public OdooClientBuilder httpClient(HttpClient value) {
    this.httpClient = Objects.requireNonNull(value, "httpClient");
    return this;
  }

  /**
   * TLS context, for example one trusting a private CA. Certificate verification stays on.
   *
   * @param value SSL context
   * @return this builder
   */
  public OdooClientBuilder sslContext(SSLContext value) {
    this.sslContext = Objects.requireNonNull(value, "sslContext");
    return this;
  }

  /**
   * TLS parameters (protocols, cipher suites). Host name verification stays on.
   *
   * @param value SSL parameters
   * @return this builder
   */
  public OdooClientBuilder sslParameters(SSLParameters value) {
    this.sslParameters = Objects.requireNonNull(value, "sslParameters");
    return this;
  }

  /**
   * Largest response body accepted; bigger bodies fail fast with {@link OdooProtocolException}
   * while streaming, without buffering them. Default 64 MiB, at most 1 GiB.
   *
   * @param bytes size in bytes, 1 to 1 GiB
   * @return this builder
   */
  public OdooClientBuilder maxResponseBytes(long bytes) {
    if (bytes <= 0 || bytes > 1L << 30) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be within 1..1073741824, got " + bytes);
    }
    this.maxResponseBytes = bytes;
    return this;
  }

  /**
   * Context sent with every call; default empty.
   *
   * @param value context
   * @return this builder
   */
  public OdooClientBuilder context(Context value) {
    this.context = Objects.requireNonNull(value, "context");
    return this;
  }

  /**
   * User-Agent header; default {@code odoo-connector}.
   *
   * @param value user agent
   * @return this builder
   */
  public OdooClientBuilder userAgent(String value) {
    this.userAgent = requireText(value, "userAgent");
    return this;
  }

  /**
   * Validates the configuration and builds the client. Does not contact the server: the version,
   * protocol and uid are resolved on the first call.
   *
   * @return a thread-safe client
   * @throws IllegalStateException if the configuration is incomplete or contradictory
   */
  public OdooClient build() {
    if (url == null) {
      throw new IllegalStateException("url is required");
    }
    if (password == null && apiKey == null) {
      throw new IllegalStateException("either password or apiKey is required");
    }
    if (protocol == Protocol.JSON2 && apiKey == null) {
      throw new IllegalStateException(
          "protocol JSON2 requires apiKey (Odoo's JSON-2 API has no password login)");
    }
    if ((protocol == Protocol.JSONRPC || protocol == Protocol.XMLRPC)
        && (login == null || database == null)) {
      throw new IllegalStateException("protocol " + protocol + " requires database and login");
    }
    if (protocol == Protocol.AUTO && apiKey == null && (login == null || database == null)) {
      throw new IllegalStateException(
          "database and login are required when no apiKey is configured");
    }
    ClientConfig config =
        new ClientConfig(
            url,
            database,
            login,
            password,
            apiKey,
            protocol,
            connectTimeout,
            requestTimeout,
            callTimeout,
            retry,
            circuitBreaker,
            rateLimit,
            listener,
            httpClient,
            sslContext,
            sslParameters,
            maxResponseBytes,
            context,
            userAgent,
            totp);
    return DefaultOdooClient.create(config);
  }

  @Override
  public String toString() {
    return "OdooClientBuilder[url="
        + url
        + ", database="
        + database
        + ", login="
        + login
        + ", password="
        + (password == null ? "<none>" : "***")
        + ", apiKey="
        + (apiKey == null ? "<none>" : "***")
        + ", protocol="
        + protocol
        + "]";
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }
}
