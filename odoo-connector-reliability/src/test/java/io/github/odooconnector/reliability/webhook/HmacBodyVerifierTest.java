package io.github.odooconnector.reliability.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerificationException.Reason;
import io.github.odooconnector.reliability.webhook.HmacBodyVerifier.Encoding;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HmacBodyVerifierTest {

  // GitHub's documented example: secret "It's a Secret to Everybody", body "Hello, World!"
  static final String SECRET = "It's a Secret to Everybody";
  static final byte[] BODY = "Hello, World!".getBytes(StandardCharsets.UTF_8);
  static final String HEX = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

  final HmacBodyVerifier github =
      HmacBodyVerifier.builder(SECRET)
          .signatureHeader("X-Hub-Signature-256")
          .prefix("sha256=")
          .encoding(Encoding.HEX)
          .eventIdHeader("X-GitHub-Delivery")
          .build();

  @Test
  void knownVectorWithPrefixAndHexVerifies() {
    WebhookRequest r =
        WebhookRequest.ofSingleValued(
            Map.of(
                "x-hub-signature-256",
                "sha256=" + HEX,
                "X-GitHub-Delivery",
                "72d3162e-cc78-11e3-81ab-4c9367dc0958"),
            BODY);
    assertThat(github.verify(r).eventId()).isEqualTo("72d3162e-cc78-11e3-81ab-4c9367dc0958");
    assertThat(github.sign(BODY)).isEqualTo("sha256=" + HEX);
    WebhookRequest upper =
        WebhookRequest.ofSingleValued(
            Map.of(
                "X-Hub-Signature-256", "SHA256=" + HEX.toUpperCase(), "X-GitHub-Delivery", "d-1"),
            BODY);
    assertThat(github.verify(upper).eventId()).isEqualTo("d-1");
  }

  @Test
  void base64SignatureWithEventIdFromJsonBody() {
    byte[] body =
        "{\"event\":{\"id\":\"trk-991\"},\"status\":\"in_transit\"}"
            .getBytes(StandardCharsets.UTF_8);
    HmacBodyVerifier carrier =
        HmacBodyVerifier.builder("carrier-secret")
            .signatureHeader("X-Carrier-Signature")
            .encoding(Encoding.BASE64)
            .eventIdJsonPointer("/event/id")
            .build();
    WebhookRequest r =
        WebhookRequest.ofSingleValued(Map.of("X-Carrier-Signature", carrier.sign(body)), body);
    assertThat(carrier.verify(r).eventId()).isEqualTo("trk-991");

    byte[] noId = "{\"status\":\"in_transit\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                carrier.verify(
                    WebhookRequest.ofSingleValued(
                        Map.of("X-Carrier-Signature", carrier.sign(noId)), noId)))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_EVENT_ID));
  }

  @Test
  void withoutAnIdSourceIdenticalBodiesShareAContentId() {
    HmacBodyVerifier v = HmacBodyVerifier.builder(SECRET).build();
    WebhookRequest r = WebhookRequest.ofSingleValued(Map.of("X-Signature", HEX), BODY);
    assertThat(v.verify(r).eventId()).startsWith("sha256:").isEqualTo(v.verify(r).eventId());
  }

  @Test
  void rotatedSecretIsAcceptedAndWrongSignatureRejected() {
    HmacBodyVerifier rotating =
        HmacBodyVerifier.builder("new-secret")
            .additionalSecret(SECRET.getBytes(StandardCharsets.UTF_8))
            .build();
    assertThat(
            rotating.verify(WebhookRequest.ofSingleValued(Map.of("X-Signature", HEX), BODY)).body())
        .isEqualTo(BODY);
    String wrong = HEX.substring(0, 63) + "0";
    assertThatThrownBy(
            () ->
                github.verify(
                    WebhookRequest.ofSingleValued(
                        Map.of("X-Hub-Signature-256", "sha256=" + wrong, "X-GitHub-Delivery", "d"),
                        BODY)))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
              assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(HEX);
            });
  }

  @Test
  void missingPrefixMissingHeaderAndGarbageAreTypedFailures() {
    assertReason(Map.of("X-GitHub-Delivery", "d"), Reason.MISSING_HEADER);
    assertReason(
        Map.of("X-Hub-Signature-256", HEX, "X-GitHub-Delivery", "d"),
        Reason.NO_SUPPORTED_SIGNATURE);
    assertReason(
        Map.of("X-Hub-Signature-256", "sha256=zz", "X-GitHub-Delivery", "d"),
        Reason.MALFORMED_HEADER);
    assertReason(Map.of("X-Hub-Signature-256", "sha256=" + HEX), Reason.MISSING_HEADER);
    assertThat(github.toString()).doesNotContain(SECRET);
  }

  private void assertReason(Map<String, String> headers, Reason reason) {
    assertThatThrownBy(() -> github.verify(WebhookRequest.ofSingleValued(headers, BODY)))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
