package io.github.odooconnector.reliability.webhook;

import static io.github.odooconnector.common.internal.Checks.requireText;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.odooconnector.reliability.internal.Hmac;
import io.github.odooconnector.reliability.internal.Json;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerificationException.Reason;
import io.github.odooconnector.reliability.spi.WebhookVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Verifies webhooks whose signature is an HMAC over the raw body only, carried in one header — the
 * scheme many carriers and WMSs use (for example {@code X-Signature: sha256=3f2a...}).
 *
 * <pre>{@code
 * WebhookVerifier v = HmacBodyVerifier.builder(secretBytes)
 *     .signatureHeader("X-Hub-Signature-256")
 *     .prefix("sha256=")
 *     .encoding(HmacBodyVerifier.Encoding.HEX)
 *     .eventIdHeader("X-Delivery-Id")
 *     .build();
 * }</pre>
 *
 * <p>The event id comes from a configured header, else from a JSON field of the body (JSON Pointer
 * such as {@code /id}), else it is the hex SHA-256 of the body (identical bodies are then treated
 * as redeliveries). Body-only schemes carry no signed timestamp, so they cannot reject replays by
 * age; the inbox still drops exact duplicates. Comparison is constant-time. Several secrets may be
 * configured for rotation. Secrets never appear in exceptions or {@link #toString()}. Immutable and
 * thread-safe.
 */
public final class HmacBodyVerifier implements WebhookVerifier {

  /** How the signature bytes are written in the header. */
  public enum Encoding {
    /** Hexadecimal, case-insensitive. */
    HEX,
    /** Standard base64 (with or without padding). */
    BASE64
  }

  private final List<byte[]> keys;
  private final String algorithm;
  private final String signatureHeader;
  private final Encoding encoding;
  private final String prefix;
  private final String eventIdHeader;
  private final String eventIdPointer;

  private HmacBodyVerifier(Builder b) {
    this.keys = List.copyOf(b.keys);
    this.algorithm = b.algorithm;
    this.signatureHeader = b.signatureHeader;
    this.encoding = b.encoding;
    this.prefix = b.prefix;
    this.eventIdHeader = b.eventIdHeader;
    this.eventIdPointer = b.eventIdPointer;
  }

  /**
   * Starts configuring a verifier with a raw secret.
   *
   * @param secret the shared secret's bytes (not empty)
   * @return a builder
   */
  public static Builder builder(byte[] secret) {
    return new Builder(secret);
  }

  /**
   * Starts configuring a verifier with a text secret (its UTF-8 bytes are the key, as most
   * providers document).
   *
   * @param secret the shared secret
   * @return a builder
   */
  public static Builder builder(String secret) {
    return new Builder(Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public VerifiedWebhook verify(WebhookRequest request) {
    Objects.requireNonNull(request, "request");
    String header =
        request
            .header(signatureHeader)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .orElseThrow(
                () ->
                    new WebhookVerificationException(
                        Reason.MISSING_HEADER, "header " + signatureHeader + " is missing"));
    if (!prefix.isEmpty()) {
      if (!header.regionMatches(true, 0, prefix, 0, prefix.length())) {
        throw new WebhookVerificationException(
            Reason.NO_SUPPORTED_SIGNATURE,
            "header " + signatureHeader + " does not start with '" + prefix + "'");
      }
      header = header.substring(prefix.length()).trim();
    }
    byte[] given;
    try {
      given =
          encoding == Encoding.HEX
              ? HexFormat.of().parseHex(header.toLowerCase(Locale.ROOT))
              : Base64.getDecoder().decode(header);
    } catch (IllegalArgumentException e) {
      throw new WebhookVerificationException(
          Reason.MALFORMED_HEADER,
          "header " + signatureHeader + " is not " + encoding.name().toLowerCase(Locale.ROOT));
    }
    byte[] body = request.body();
    boolean match = false;
    for (byte[] key : keys) {
      match |= Hmac.equal(Hmac.compute(algorithm, key, body), given);
    }
    if (!match) {
      throw new WebhookVerificationException(
          Reason.SIGNATURE_MISMATCH,
          "signature in " + signatureHeader + " matches no configured secret");
    }
    return new VerifiedWebhook(eventId(request, body), null, body);
  }

  private String eventId(WebhookRequest request, byte[] body) {
    if (eventIdHeader != null) {
      return request
          .header(eventIdHeader)
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .orElseThrow(
              () ->
                  new WebhookVerificationException(
                      Reason.MISSING_HEADER, "header " + eventIdHeader + " is missing"));
    }
    if (eventIdPointer != null) {
      JsonNode node;
      try {
        node = Json.reader(Json.MAPPER).readTree(body).at(eventIdPointer);
      } catch (IOException e) {
        throw new WebhookVerificationException(
            Reason.MISSING_EVENT_ID, "body is not JSON, cannot read " + eventIdPointer);
      }
      if (node == null
          || node.isMissingNode()
          || node.isNull()
          || node.isContainerNode()
          || node.asText().isBlank()) {
        throw new WebhookVerificationException(
            Reason.MISSING_EVENT_ID, "body has no value at " + eventIdPointer);
      }
      return node.asText();
    }
    return "sha256:" + Json.sha256Hex(body);
  }

  /**
   * Computes the header value a sender would send for {@code body}, using the first secret.
   *
   * @param body the exact body bytes
   * @return prefix plus encoded HMAC
   */
  public String sign(byte[] body) {
    byte[] mac = Hmac.compute(algorithm, keys.get(0), Objects.requireNonNull(body, "body"));
    return prefix
        + (encoding == Encoding.HEX
            ? HexFormat.of().formatHex(mac)
            : Base64.getEncoder().encodeToString(mac));
  }

  @Override
  public String toString() {
    return "HmacBodyVerifier["
        + algorithm
        + ", header="
        + signatureHeader
        + ", "
        + encoding
        + ", secrets="
        + keys.size()
        + " (hidden)]";
  }

  /** Configures an {@link HmacBodyVerifier}. Not thread-safe. */
  public static final class Builder {
    private final List<byte[]> keys = new ArrayList<>();
    private String algorithm = "HmacSHA256";
    private String signatureHeader = "X-Signature";
    private Encoding encoding = Encoding.HEX;
    private String prefix = "";
    private String eventIdHeader;
    private String eventIdPointer;

    private Builder(byte[] secret) {
      additionalSecret(secret);
    }

    /**
     * Adds another accepted secret (rotation).
     *
     * @param secret key bytes, not empty
     * @return this builder
     */
    public Builder additionalSecret(byte[] secret) {
      Objects.requireNonNull(secret, "secret");
      if (secret.length == 0) {
        throw new IllegalArgumentException("secret must not be empty");
      }
      keys.add(secret.clone());
      return this;
    }

    /**
     * Sets the header holding the signature (default {@code X-Signature}).
     *
     * @param name header name, case-insensitive
     * @return this builder
     */
    public Builder signatureHeader(String name) {
      this.signatureHeader = requireText(name, "signatureHeader");
      return this;
    }

    /**
     * Sets how the signature is encoded (default {@link Encoding#HEX}).
     *
     * @param e the encoding
     * @return this builder
     */
    public Builder encoding(Encoding e) {
      this.encoding = Objects.requireNonNull(e, "encoding");
      return this;
    }

    /**
     * Sets a prefix before the encoded signature, such as {@code sha256=} (matched
     * case-insensitively).
     *
     * @param p the prefix, may be empty
     * @return this builder
     */
    public Builder prefix(String p) {
      this.prefix = Objects.requireNonNull(p, "prefix");
      return this;
    }

    /**
     * Sets the JCA MAC algorithm (default {@code HmacSHA256}; {@code HmacSHA512} and {@code
     * HmacSHA1} also work).
     *
     * @param jcaName the algorithm name
     * @return this builder
     */
    public Builder algorithm(String jcaName) {
      this.algorithm = requireText(jcaName, "algorithm");
      Hmac.compute(algorithm, new byte[] {1}); // fail fast on unknown algorithms
      return this;
    }

    /**
     * Takes the event id from a header.
     *
     * @param name header name, case-insensitive
     * @return this builder
     */
    public Builder eventIdHeader(String name) {
      this.eventIdHeader = requireText(name, "eventIdHeader");
      return this;
    }

    /**
     * Takes the event id from the JSON body at a JSON Pointer, for example {@code /id} or {@code
     * /event/id}.
     *
     * @param jsonPointer the pointer
     * @return this builder
     */
    public Builder eventIdJsonPointer(String jsonPointer) {
      String p = requireText(jsonPointer, "eventIdJsonPointer");
      if (!p.startsWith("/")) {
        throw new IllegalArgumentException("eventIdJsonPointer must start with '/', got " + p);
      }
      this.eventIdPointer = p;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     */
    public HmacBodyVerifier build() {
      return new HmacBodyVerifier(this);
    }
  }
}
