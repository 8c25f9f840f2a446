package io.github.odooconnector.core.internal.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Turns what the JDK HTTP client threw into a {@link TransportFailure} a caller can act on (too
 * large, TLS, connect, timeout, other I/O), with a message that names the server but never its
 * query string or credentials. Stateless and thread-safe.
 */
final class TransportFailures {
  private TransportFailures() {}

  static TransportFailure classify(URI uri, Throwable t, Duration elapsed, Duration timeout) {
    if (t instanceof BodyTooLargeException tooLarge) {
      return new TransportFailure(
          TransportFailure.Kind.TOO_LARGE, tooLarge.getMessage(), 0, null, false, t);
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof BodyTooLargeException tooLarge) {
        return new TransportFailure(
            TransportFailure.Kind.TOO_LARGE, tooLarge.getMessage(), 0, null, false, t);
      }
      if (c instanceof SSLHandshakeException || c instanceof SSLPeerUnverifiedException) {
        return new TransportFailure(
            TransportFailure.Kind.TLS,
            "TLS handshake with "
                + safe(uri)
                + " failed ("
                + c.getMessage()
                + "); certificate verification is always on: trust the "
                + "server's CA with OdooClientBuilder.sslContext(...)",
            0,
            null,
            true,
            t);
      }
      if (c instanceof HttpConnectTimeoutException
          || c instanceof ConnectException
          || c instanceof UnresolvedAddressException
          || c instanceof UnknownHostException) {
        return new TransportFailure(
            TransportFailure.Kind.CONNECT,
            "cannot connect to " + safe(uri) + ": " + connectDetail(uri, t),
            0,
            null,
            true,
            t);
      }
      if (c instanceof HttpTimeoutException) {
        return new TransportFailure(
            TransportFailure.Kind.TIMEOUT,
            "no response from " + safe(uri) + " within " + timeout.toMillis() + " ms",
            0,
            null,
            false,
            t);
      }
    }
    String what =
        t instanceof IOException
            ? t.getClass().getSimpleName() + ": " + t.getMessage()
            : t.getClass().getSimpleName();
    return new TransportFailure(
        TransportFailure.Kind.IO,
        "connection to " + safe(uri) + " failed after " + elapsed.toMillis() + " ms (" + what + ")",
        0,
        null,
        false,
        t);
  }

  /**
   * Why a connection could not be opened, in words: the JDK's own message where it has one, the
   * host name that did not resolve, or "Connection refused" for the message-less exception the JDK
   * client raises when nothing accepts the connection.
   */
  static String connectDetail(URI uri, Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = c.getMessage();
      if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
        return "host name '"
            + uri.getHost()
            + "' did not resolve ("
            + c.getClass().getSimpleName()
            + (m == null || m.isBlank() ? "" : ": " + m)
            + ")";
      }
      if (c instanceof HttpConnectTimeoutException) {
        return "connect timed out (" + c.getClass().getSimpleName() + ": " + m + ")";
      }
      if (sb.length() == 0 && m != null && !m.isBlank()) {
        sb.append(c.getClass().getSimpleName()).append(": ").append(m);
      }
    }
    if (sb.length() > 0) {
      return sb.toString();
    }
    // the JDK client reports a refused connection as a message-less ConnectException caused by a
    // ClosedChannelException: say what it means
    return "Connection refused: nothing accepted a connection on "
        + uri.getHost()
        + ":"
        + port(uri)
        + " (server down, wrong host or port, or a firewall rejecting it; "
        + t.getClass().getSimpleName()
        + ")";
  }

  private static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  static String safe(URI uri) {
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
        + uri.getRawPath();
  }
}
