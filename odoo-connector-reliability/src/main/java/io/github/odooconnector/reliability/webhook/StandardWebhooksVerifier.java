package io.github.odooconnector.reliability.webhook;

import io.github.odooconnector.reliability.internal.Hmac;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerificationException.Reason;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Verifies webhooks signed per the <a href="https://www.standardwebhooks.com/">Standard
 * Webhooks</a> specification (symmetric {@code v1} scheme).
 *
 * <p>Checks, in order: headers {@code webhook-id}, {@code webhook-timestamp} (integer Unix seconds)
 * and {@code webhook-signature} are present; the timestamp lies within the tolerance of the
 * injected {@link Clock} (default ±5 minutes, against replays); and at least one {@code
 * v1,<base64>} entry of the space-separated signature list equals {@code HMAC-SHA256(secret,
 * "<id>.<timestamp>.<body>")} for at least one configured secret. Several signatures (sender-side
 * rotation) and several secrets (receiver-side rotation) are supported; signatures of other schemes
 * ({@code v1a}, ...) are ignored. Comparison is constant-time ({@link
 * java.security.MessageDigest#isEqual}). The {@code webhook-id} becomes the inbox event id.
 *
 * <p>Secrets use the spec's serialization: {@code whsec_} followed by base64 of the key bytes (the
 * prefix is optional). Secrets never appear in exceptions or {@link #toString()}. Immutable and
 * thread-safe.
 */
public final class StandardWebhooksVerifier implements WebhookVerifier {

  /** Default maximum distance between the signed timestamp and now. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  /** Header carrying the message id. */
  public static final String ID_HEADER = "webhook-id";

  /** Header carrying the Unix timestamp in seconds. */
  public static final String TIMESTAMP_HEADER = "webhook-timestamp";

  /** Header carrying the space-separated signatures. */
  public static final String SIGNATURE_HEADER = "webhook-signature";

  private static final String ALGORITHM = "HmacSHA256";
  private static final String SECRET_PREFIX = "whsec_";

  private final List<byte[]> keys;
  private final Duration tolerance;
  private final Clock clock;

  private StandardWebhooksVerifier(Builder b) {
    this.keys = List.copyOf(b.keys);
    this.tolerance = b.tolerance;
    this.clock = b.clock;
  }

  /**
   * Starts configuring a verifier; {@code StandardWebhooksVerifier.builder(secret).build()} accepts
   * signatures by that secret within the default tolerance of the system UTC clock.
   *
   * @param secret {@code whsec_<base64>} (or just the base64 part)
   * @return a builder
   * @throws IllegalArgumentException if the secret is not valid base64 or empty (the message never
   *     contains the secret)
   */
  public static Builder builder(String secret) {
    return new Builder().additionalSecret(secret);
  }

  private static byte[] decodeSecret(String secret, int index) {
    Objects.requireNonNull(secret, "secret");
    String b64 =
        secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
    byte[] key;
    try {
      key = Base64.getDecoder().decode(b64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "secret #" + index + " is not whsec_<base64>"); // no cause: may echo input
    }
    if (key.length == 0) {
      throw new IllegalArgumentException("secret #" + index + " is empty");
    }
    return key;
  }

  @Override
  public VerifiedWebhook verify(WebhookRequest request) {
    Objects.requireNonNull(request, "request");
    String id = required(request, ID_HEADER).trim();
    String timestampText = required(request, TIMESTAMP_HEADER).trim();
    String signatures = required(request, SIGNATURE_HEADER);
    long seconds;
    try {
      seconds = Long.parseLong(timestampText);
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException(
          Reason.MALFORMED_HEADER, TIMESTAMP_HEADER + " is not an integer number of seconds");
    }
    Instant signedAt;
    try {
      signedAt = Instant.ofEpochSecond(seconds);
    } catch (DateTimeException e) {
      throw new WebhookVerificationException(
          Reason.MALFORMED_HEADER, TIMESTAMP_HEADER + " is out of range");
    }
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(tolerance))) {
      throw new WebhookVerificationException(
          Reason.TIMESTAMP_TOO_OLD,
          TIMESTAMP_HEADER
              + " "
              + seconds
              + " is more than "
              + tolerance
              + " before now ("
              + now.getEpochSecond()
              + ")");
    }
    if (signedAt.isAfter(now.plus(tolerance))) {
      throw new WebhookVerificationException(
          Reason.TIMESTAMP_TOO_NEW,
          TIMESTAMP_HEADER
              + " "
              + seconds
              + " is more than "
              + tolerance
              + " after now ("
              + now.getEpochSecond()
              + ")");
    }
    byte[] body = request.body();
    byte[] prefix = (id + "." + timestampText + ".").getBytes(StandardCharsets.UTF_8);
    List<byte[]> expected = new ArrayList<>(keys.size());
    for (byte[] key : keys) {
      expected.add(Hmac.compute(ALGORITHM, key, prefix, body));
    }
    boolean sawV1 = false;
    boolean match = false;
    for (String entry : signatures.trim().split(" +")) {
      int comma = entry.indexOf(',');
      if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
        continue;
      }
      sawV1 = true;
      byte[] given;
      try {
        given = Base64.getDecoder().decode(entry.substring(comma + 1));
      } catch (IllegalArgumentException e) {
        continue;
      }
      for (byte[] candidate : expected) {
        match |= Hmac.equal(candidate, given); // no early exit: constant work per entry
      }
    }
    if (!sawV1) {
      throw new WebhookVerificationException(
          Reason.NO_SUPPORTED_SIGNATURE, SIGNATURE_HEADER + " holds no v1 signature");
    }
    if (!match) {
      throw new WebhookVerificationException(
          Reason.SIGNATURE_MISMATCH,
          "no v1 signature in " + SIGNATURE_HEADER + " matches any configured secret");
    }
    return new VerifiedWebhook(id, signedAt, body);
  }

  private static String required(WebhookRequest request, String header) {
    return request
        .header(header)
        .filter(v -> !v.isBlank())
        .orElseThrow(
            () ->
                new WebhookVerificationException(
                    Reason.MISSING_HEADER, "header " + header + " is missing"));
  }

  /**
   * Computes the {@code webhook-signature} value ({@code v1,<base64>}) a sender would send, using
   * the first secret. Useful for tests and for hosts that also send Standard Webhooks.
   *
   * @param id the message id
   * @param timestamp the attempt's timestamp (seconds are used)
   * @param body the exact body bytes
   * @return the signature header value
   */
  public String sign(String id, Instant timestamp, byte[] body) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(body, "body");
    byte[] prefix = (id + "." + timestamp.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8);
    return "v1,"
        + Base64.getEncoder().encodeToString(Hmac.compute(ALGORITHM, keys.get(0), prefix, body));
  }

  @Override
  public String toString() {
    return "StandardWebhooksVerifier[secrets="
        + keys.size()
        + " (hidden), tolerance="
        + tolerance
        + "]";
  }

  /** Configures a {@link StandardWebhooksVerifier}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private final List<byte[]> keys = new ArrayList<>();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds another accepted secret (receiver-side rotation): a signature by any configured secret
     * is accepted, and {@link StandardWebhooksVerifier#sign} uses the first.
     *
     * @param secret {@code whsec_<base64>} (or just the base64 part)
     * @return this builder
     * @throws IllegalArgumentException if the secret is not valid base64 or empty
     */
    public Builder additionalSecret(String secret) {
      keys.add(decodeSecret(secret, keys.size()));
      return this;
    }

    /**
     * Sets the maximum distance between the signed timestamp and the clock (default {@link
     * #DEFAULT_TOLERANCE}, 5 minutes); older or newer requests are rejected as possible replays.
     *
     * @param t positive duration
     * @return this builder
     */
    public Builder tolerance(Duration t) {
      Objects.requireNonNull(t, "tolerance");
      if (t.isZero() || t.isNegative()) {
        throw new IllegalArgumentException("tolerance must be positive, got " + t);
      }
      this.tolerance = t;
      return this;
    }

    /**
     * Sets the time source the signed timestamp is compared with (default system UTC).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     */
    public StandardWebhooksVerifier build() {
      return new StandardWebhooksVerifier(this);
    }
  }
}
