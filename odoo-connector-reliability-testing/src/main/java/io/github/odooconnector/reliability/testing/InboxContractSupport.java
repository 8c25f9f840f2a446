package io.github.odooconnector.reliability.testing;

import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.webhook.StandardWebhooksVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The hooks and fixtures the inbox contract suites share; a store implementation extends {@link
 * InboxStoreContract}, which runs them all.
 *
 * <p>An instance serves one test method at a time (JUnit's default lifecycle).
 */
public abstract class InboxContractSupport {

  /** Creates the support; called by the subclass. */
  protected InboxContractSupport() {}

  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  /**
   * Returns a fresh, empty store, called once per test.
   *
   * @return the store under test
   */
  protected abstract InboxStore newStore();

  /**
   * Whether the store measures leases and delays on a clock of its own (the JDBC store uses the
   * database's) rather than on the instants callers pass; see {@link
   * OutboxContractSupport#storeKeepsItsOwnTime()}.
   *
   * @return {@code false} by default
   */
  protected boolean storeKeepsItsOwnTime() {
    return false;
  }

  /**
   * Whether the store signals new messages to subscribed workers ({@code InboxStore.subscribe}), an
   * optional capability; the wake-up test runs only when it does.
   *
   * @return {@code false} by default
   */
  protected boolean storeSignalsNewMessages() {
    return false;
  }

  /**
   * Lets {@code d} pass for the store: advances the test clock and, for a store that keeps its own
   * time, waits {@code d} of real time.
   *
   * @param clock the test clock
   * @param d how long
   */
  protected final void elapse(MutableClock clock, Duration d) {
    clock.advance(d);
    if (storeKeepsItsOwnTime()) {
      Waits.sleep(d);
    }
  }

  static StandardWebhooksVerifier verifier(MutableClock clock) {
    return StandardWebhooksVerifier.builder(SECRET)
        .tolerance(Duration.ofMinutes(5))
        .clock(clock)
        .build();
  }

  static WebhookRequest signed(
      StandardWebhooksVerifier signer, String id, MutableClock clock, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return WebhookRequest.ofSingleValued(
        Map.of(
            "Webhook-Id", id,
            "Webhook-Timestamp", Long.toString(clock.instant().getEpochSecond()),
            "Webhook-Signature", signer.sign(id, clock.instant(), bytes)),
        bytes);
  }
}
