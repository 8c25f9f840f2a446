package io.github.odooconnector.reliability.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.spi.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardWebhooksVerifierTest {

  // Test vector of the Standard Webhooks reference libraries (standard-webhooks/standard-webhooks,
  // TestWebhookSign).
  static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long SPEC_TIMESTAMP = 1614265330L;
  static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  final MutableClock clock = new MutableClock(Instant.ofEpochSecond(SPEC_TIMESTAMP));
  final StandardWebhooksVerifier verifier =
      StandardWebhooksVerifier.builder(SPEC_SECRET)
          .tolerance(Duration.ofMinutes(5))
          .clock(clock)
          .build();

  static WebhookRequest request(String id, String timestamp, String signature, byte[] body) {
    Map<String, String> headers = new HashMap<>();
    if (id != null) {
      headers.put("webhook-id", id);
    }
    if (timestamp != null) {
      headers.put("webhook-timestamp", timestamp);
    }
    if (signature != null) {
      headers.put("webhook-signature", signature);
    }
    return WebhookRequest.ofSingleValued(headers, body);
  }

  static WebhookRequest spec(String signature) {
    return request(SPEC_ID, Long.toString(SPEC_TIMESTAMP), signature, SPEC_BODY);
  }

  @Test
  void specTestVectorSignsAndVerifies() {
    assertThat(verifier.sign(SPEC_ID, Instant.ofEpochSecond(SPEC_TIMESTAMP), SPEC_BODY))
        .isEqualTo(SPEC_SIGNATURE);
    VerifiedWebhook verified = verifier.verify(spec(SPEC_SIGNATURE));
    assertThat(verified.eventId()).isEqualTo(SPEC_ID);
    assertThat(verified.optionalSignedAt()).contains(Instant.ofEpochSecond(SPEC_TIMESTAMP));
    assertThat(verified.body()).isEqualTo(SPEC_BODY);
  }

  @Test
  void secretWithoutWhsecPrefixIsAccepted() {
    StandardWebhooksVerifier bare =
        StandardWebhooksVerifier.builder("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    assertThat(bare.verify(spec(SPEC_SIGNATURE)).eventId()).isEqualTo(SPEC_ID);
  }

  @Test
  void headerNamesAreCaseInsensitive() {
    WebhookRequest mixed =
        WebhookRequest.ofSingleValued(
            Map.of(
                "Webhook-Id",
                SPEC_ID,
                "WEBHOOK-TIMESTAMP",
                Long.toString(SPEC_TIMESTAMP),
                "Webhook-Signature",
                SPEC_SIGNATURE),
            SPEC_BODY);
    assertThat(verifier.verify(mixed).eventId()).isEqualTo(SPEC_ID);
  }

  @Test
  void oneValidSignatureAmongSeveralIsEnoughForSenderSideRotation() {
    String header =
        "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="
            + " v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
            + SPEC_SIGNATURE
            + " v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mN"
            + "l8EM+m7TBAg==";
    assertThat(verifier.verify(spec(header)).eventId()).isEqualTo(SPEC_ID);
  }

  @Test
  void anyConfiguredSecretMatchesForReceiverSideRotation() {
    StandardWebhooksVerifier rotating =
        StandardWebhooksVerifier.builder("whsec_bmV3LXNlY3JldC1rZXktMDEyMzQ1Njc4OQ==")
            .additionalSecret(SPEC_SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    assertThat(rotating.verify(spec(SPEC_SIGNATURE)).eventId()).isEqualTo(SPEC_ID);
  }

  @Test
  void tamperedBodyIdOrTimestampFailsAsSignatureMismatch() {
    assertReason(
        request(
            SPEC_ID,
            Long.toString(SPEC_TIMESTAMP),
            SPEC_SIGNATURE,
            "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8)),
        Reason.SIGNATURE_MISMATCH);
    assertReason(
        request("msg_other", Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, SPEC_BODY),
        Reason.SIGNATURE_MISMATCH);
    assertReason(
        request(SPEC_ID, Long.toString(SPEC_TIMESTAMP + 1), SPEC_SIGNATURE, SPEC_BODY),
        Reason.SIGNATURE_MISMATCH);
    assertReason(
        spec("v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="), Reason.SIGNATURE_MISMATCH);
    assertReason(spec("v1,not-base64!!"), Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void signatureListWithoutV1EntryIsReportedAsUnsupported() {
    assertReason(
        spec(
            "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8E"
                + "M+m7TBAg=="),
        Reason.NO_SUPPORTED_SIGNATURE);
    assertReason(
        spec("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), Reason.NO_SUPPORTED_SIGNATURE);
  }

  @Test
  void timestampOutsideToleranceIsRejectedAgainstTheInjectedClock() {
    clock.advance(Duration.ofMinutes(5));
    assertThat(verifier.verify(spec(SPEC_SIGNATURE)).eventId())
        .isEqualTo(SPEC_ID); // exactly at the edge
    clock.advance(Duration.ofSeconds(1));
    assertReason(spec(SPEC_SIGNATURE), Reason.TIMESTAMP_TOO_OLD);

    MutableClock early =
        new MutableClock(
            Instant.ofEpochSecond(SPEC_TIMESTAMP).minus(Duration.ofMinutes(5)).minusSeconds(1));
    StandardWebhooksVerifier v =
        StandardWebhooksVerifier.builder(SPEC_SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(early)
            .build();
    assertThatThrownBy(() -> v.verify(spec(SPEC_SIGNATURE)))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_NEW));
  }

  @Test
  void missingOrMalformedHeadersAreNamed() {
    assertThatThrownBy(
            () ->
                verifier.verify(
                    request(null, Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, SPEC_BODY)))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER);
              assertThat(e.getMessage()).contains("webhook-id");
            });
    assertReason(request(SPEC_ID, null, SPEC_SIGNATURE, SPEC_BODY), Reason.MISSING_HEADER);
    assertReason(
        request(SPEC_ID, Long.toString(SPEC_TIMESTAMP), null, SPEC_BODY), Reason.MISSING_HEADER);
    assertReason(
        request(SPEC_ID, "2021-02-25T15:02:10Z", SPEC_SIGNATURE, SPEC_BODY),
        Reason.MALFORMED_HEADER);
  }

  @Test
  void secretsNeverAppearInMessagesOrToString() {
    assertThat(verifier.toString()).doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    assertThatThrownBy(
            () -> verifier.verify(spec("v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=")))
        .hasMessageNotContaining("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        .hasMessageNotContaining("g0hM9SsE");
    assertThatThrownBy(() -> StandardWebhooksVerifier.builder("whsec_%%%not base64%%%").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("not base64%%%");
  }

  private void assertReason(WebhookRequest request, Reason reason) {
    assertThatThrownBy(() -> verifier.verify(request))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
