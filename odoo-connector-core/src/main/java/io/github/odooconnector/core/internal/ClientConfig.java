package io.github.odooconnector.core.internal;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.CallListener;
import io.github.odooconnector.core.api.CircuitBreakerSettings;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.RateLimitSettings;
import io.github.odooconnector.core.spi.CredentialSource;
import io.github.odooconnector.core.spi.TotpCodeSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** Validated client configuration. toString redacts secrets. */
public record ClientConfig(
    URI url,
    String database,
    String login,
    CredentialSource password,
    CredentialSource apiKey,
    Protocol protocol,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration callTimeout,
    RetrySettings retry,
    CircuitBreakerSettings circuitBreaker,
    RateLimitSettings rateLimit,
    CallListener listener,
    HttpClient httpClient,
    SSLContext sslContext,
    SSLParameters sslParameters,
    long maxResponseBytes,
    Context context,
    String userAgent,
    TotpCodeSource totp) {

  @Override
  public String toString() {
    return "ClientConfig[url="
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
        + ", totp="
        + (totp == null ? "<none>" : "***")
        + "]";
  }
}
