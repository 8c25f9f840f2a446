package io.github.odooconnector.reliability.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.reliability.api.IdempotencyConflictException;
import io.github.odooconnector.reliability.api.IdempotencyInProgressException;
import io.github.odooconnector.reliability.api.InboxHandler;
import io.github.odooconnector.reliability.api.InboxReceipt;
import io.github.odooconnector.reliability.api.InboxWorker;
import io.github.odooconnector.reliability.api.PermanentFailureException;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStats;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.StatusStats;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import io.github.odooconnector.reliability.spi.WebhookVerificationException;
import io.github.odooconnector.reliability.webhook.StandardWebhooksVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Receiving, de-duplication, processing, retries, parking and monitoring: the part of the {@link
 * InboxStoreContract} about getting each webhook applied once. Extend {@link InboxStoreContract}
 * rather than this class, unless only this part applies.
 */
public abstract class InboxProcessingContract extends InboxContractSupport {

  /** Creates the suite; called by the subclass. */
  protected InboxProcessingContract() {}

  /**
   * 100 concurrent deliveries of one webhook store one message (one {@code ACCEPTED}, 99 {@code
   * DUPLICATE}); the same id from another source is another message.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void webhookDeliveredHundredTimesConcurrentlyIsStoredOnce() throws Exception {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier =
        StandardWebhooksVerifier.builder(SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    InboxStore store = newStore();
    WebhookInbox inbox = WebhookInbox.builder(store).clock(clock).build();
    WebhookRequest request =
        signed(
            verifier,
            "msg_tracking_42",
            clock,
            "{\"tracking\":\"JD0146\",\"status\":\"delivered\"}");
    int deliveries = 100;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<InboxReceipt>> receipts = new ArrayList<>();
    try {
      for (int i = 0; i < deliveries; i++) {
        receipts.add(
            pool.submit(
                () -> {
                  go.await();
                  return inbox.receive("carrier:dhl", verifier, request);
                }));
      }
      go.countDown();
      int accepted = 0;
      int duplicates = 0;
      for (Future<InboxReceipt> f : receipts) {
        InboxReceipt r = f.get(30, TimeUnit.SECONDS);
        assertThat(r.eventId()).isEqualTo("msg_tracking_42");
        if (r.isDuplicate()) {
          duplicates++;
        } else {
          accepted++;
        }
      }
      assertThat(accepted).isEqualTo(1);
      assertThat(duplicates).isEqualTo(deliveries - 1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.count(InboxStatus.RECEIVED)).isEqualTo(1);
    assertThat(store.find("carrier:dhl", "msg_tracking_42"))
        .get()
        .satisfies(
            m -> assertThat(new String(m.body(), StandardCharsets.UTF_8)).contains("JD0146"));
    // the same id from another source is another message
    StandardWebhooksVerifier other =
        StandardWebhooksVerifier.builder(SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    assertThat(inbox.receive("carrier:ups", other, request).status())
        .isEqualTo(InboxReceipt.Status.ACCEPTED);
  }

  /**
   * A webhook signed with the wrong secret is rejected ({@code SIGNATURE_MISMATCH}) and not stored.
   */
  @Test
  public void forgedWebhookIsRejectedAndNothingIsStored() {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier =
        StandardWebhooksVerifier.builder(SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    StandardWebhooksVerifier attacker =
        StandardWebhooksVerifier.builder("whsec_YXR0YWNrZXJzZWNyZXQ=")
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    InboxStore store = newStore();
    WebhookInbox inbox = WebhookInbox.builder(store).clock(clock).build();
    assertThatThrownBy(
            () -> inbox.receive("carrier:dhl", verifier, signed(attacker, "msg_1", clock, "{}")))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(WebhookVerificationException.Reason.SIGNATURE_MISMATCH));
    assertThat(store.find("carrier:dhl", "msg_1")).isEmpty();
  }

  /**
   * Stored messages are processed once; a failing one is retried after the backoff and marked
   * {@code FAILED} with its error after {@code maxAttempts}; {@code purgeProcessed} deletes only
   * processed messages older than the cut-off.
   */
  @Test
  public void storedMessagesAreProcessedOnceRetriedOnFailureAndFailedAfterMaxAttempts() {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier =
        StandardWebhooksVerifier.builder(SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    InboxStore store = newStore();
    WebhookInbox inbox =
        WebhookInbox.builder(store)
            .clock(clock)
            .retry(new RetrySettings(2, Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0, 0.0))
            .build();
    inbox.receive("wms:acme", verifier, signed(verifier, "ok-1", clock, "{\"n\":1}"));
    inbox.receive("wms:acme", verifier, signed(verifier, "bad-1", clock, "{\"n\":2}"));
    AtomicInteger okCalls = new AtomicInteger();
    AtomicInteger badCalls = new AtomicInteger();
    InboxHandler handler =
        m -> {
          if (m.eventId().equals("bad-1")) {
            badCalls.incrementAndGet();
            throw new IllegalArgumentException("unknown SKU in receipt");
          }
          okCalls.incrementAndGet();
        };
    assertThat(inbox.process(10, handler)).isEqualTo(2);
    assertThat(inbox.process(10, handler)).isZero();
    elapse(clock, Duration.ofSeconds(1));
    assertThat(inbox.process(10, handler)).isEqualTo(1);
    elapse(clock, Duration.ofSeconds(1));
    assertThat(inbox.process(10, handler)).isZero();
    assertThat(okCalls).hasValue(1);
    assertThat(badCalls).hasValue(2);
    assertThat(store.find("wms:acme", "ok-1"))
        .get()
        .extracting(InboxMessage::status)
        .isEqualTo(InboxStatus.PROCESSED);
    assertThat(store.find("wms:acme", "bad-1"))
        .get()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(InboxStatus.FAILED);
              assertThat(m.lastError()).contains("unknown SKU");
            });
    assertThat(store.purgeProcessed(clock.instant().minus(Duration.ofDays(1)))).isZero();
    assertThat(store.purgeProcessed(clock.instant())).isEqualTo(1);
    assertThat(store.find("wms:acme", "ok-1")).isEmpty();
    assertThat(store.find("wms:acme", "bad-1")).as("failed messages are kept").isPresent();
  }

  /**
   * A handler's permanent failure (an SDK exception whose {@code isRetryable()} is false, such as
   * {@code PermanentFailureException} or {@code IdempotencyConflictException}) parks the message as
   * {@code FAILED} at once with its error, while a retryable failure keeps the backoff and succeeds
   * later; parked messages are not handed out again.
   */
  @Test
  public void permanentFailureIsParkedAtOnceWhileARetryableFailureKeepsTheBackoff() {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier =
        StandardWebhooksVerifier.builder(SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    InboxStore store = newStore();
    WebhookInbox inbox =
        WebhookInbox.builder(store)
            .clock(clock)
            .retry(new RetrySettings(5, Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0, 0.0))
            .build();
    for (String id : List.of("unknown-order", "reused-key", "busy")) {
      inbox.receive("wms:acme", verifier, signed(verifier, id, clock, "{\"id\":\"" + id + "\"}"));
    }
    AtomicInteger calls = new AtomicInteger();
    InboxHandler handler =
        m -> {
          calls.incrementAndGet();
          if (m.eventId().equals("unknown-order")) {
            throw new PermanentFailureException("no sales order SO-404 in Odoo");
          }
          if (m.eventId().equals("reused-key")) {
            throw new IdempotencyConflictException("apply:SO-7", "a".repeat(64), "b".repeat(64));
          }
          if (calls.get() == 3) {
            throw new IdempotencyInProgressException(
                "apply:SO-8", "host-b", clock.instant().plusSeconds(5));
          }
        };
    assertThat(inbox.process(10, handler)).isEqualTo(3);
    assertThat(store.find("wms:acme", "unknown-order"))
        .get()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(InboxStatus.FAILED);
              assertThat(m.attempts()).isEqualTo(1);
              assertThat(m.lastError()).contains("PermanentFailureException").contains("SO-404");
            });
    assertThat(store.find("wms:acme", "reused-key"))
        .get()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(InboxStatus.FAILED);
              assertThat(m.attempts()).isEqualTo(1);
              assertThat(m.lastError()).contains("apply:SO-7");
            });
    assertThat(store.find("wms:acme", "busy"))
        .get()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo(InboxStatus.RECEIVED);
              assertThat(m.lastError()).contains("in progress");
            });
    assertThat(inbox.process(10, handler)).as("backoff: not due yet").isZero();
    elapse(clock, Duration.ofSeconds(1));
    assertThat(inbox.process(10, handler)).isEqualTo(1);
    assertThat(store.find("wms:acme", "busy").orElseThrow().status())
        .isEqualTo(InboxStatus.PROCESSED);
    elapse(clock, Duration.ofSeconds(1));
    assertThat(inbox.process(10, handler)).as("parked messages stay parked").isZero();
    assertThat(calls).hasValue(4);
    assertThat(store.count(InboxStatus.FAILED)).isEqualTo(2);
  }

  /**
   * {@code stats()} counts received, processing and failed messages and reports the receipt time of
   * the oldest of each (processed messages are not part of it); an empty status has no oldest
   * message and a zero age.
   */
  @Test
  public void statsCountMessagesPerStatusWithTheOldestOfEach() {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier =
        StandardWebhooksVerifier.builder(SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    InboxStore store = newStore();
    WebhookInbox inbox = WebhookInbox.builder(store).clock(clock).build();
    Instant t0 = clock.instant();
    assertThat(store.stats())
        .isEqualTo(new InboxStats(StatusStats.empty(), StatusStats.empty(), StatusStats.empty()));

    inbox.receive("wms:acme", verifier, signed(verifier, "m1", clock, "{}"));
    clock.advance(Duration.ofMinutes(1));
    inbox.receive("wms:acme", verifier, signed(verifier, "m2", clock, "{}"));
    clock.advance(Duration.ofMinutes(1));
    inbox.receive("wms:acme", verifier, signed(verifier, "m3", clock, "{}"));
    assertThat(store.stats().received()).isEqualTo(new StatusStats(3, t0));

    assertThat(store.claim("dying-processor", 1, clock.instant(), clock.instant().plusSeconds(60)))
        .extracting(InboxMessage::eventId)
        .containsExactly("m1");
    inbox.process(
        10,
        m -> {
          if (m.eventId().equals("m2")) {
            throw new PermanentFailureException("unknown order");
          }
        });
    clock.advance(Duration.ofMinutes(1));
    Instant t3 = clock.instant();
    inbox.receive("wms:acme", verifier, signed(verifier, "m4", clock, "{}"));
    clock.advance(Duration.ofMinutes(7));

    InboxStats stats = store.stats();
    assertThat(stats.received()).isEqualTo(new StatusStats(1, t3));
    assertThat(stats.processing()).isEqualTo(new StatusStats(1, t0));
    assertThat(stats.failed()).isEqualTo(new StatusStats(1, t0.plus(Duration.ofMinutes(1))));
    assertThat(stats.received().oldestAge(clock.instant())).isEqualTo(Duration.ofMinutes(7));
    assertThat(stats.processing().oldestAge(clock.instant())).isEqualTo(Duration.ofMinutes(10));
    assertThat(store.count(InboxStatus.PROCESSED)).isEqualTo(1);
  }

  /**
   * A message claimed by a processor that died is processed again once the lease expires; the dead
   * processor's late acknowledgement is ignored.
   */
  @Test
  public void messageWhoseProcessorDiedIsProcessedAgainAfterTheLeaseButTheStaleAckIsIgnored() {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier =
        StandardWebhooksVerifier.builder(SECRET)
            .tolerance(Duration.ofMinutes(5))
            .clock(clock)
            .build();
    InboxStore store = newStore();
    WebhookInbox inbox = WebhookInbox.builder(store).clock(clock).build();
    inbox.receive("odoo", verifier, signed(verifier, "m-1", clock, "{}"));
    List<InboxMessage> dead =
        store.claim("dead-processor", 10, clock.instant(), clock.instant().plusSeconds(1));
    assertThat(dead).hasSize(1);
    assertThat(inbox.process(10, m -> {})).isZero();
    elapse(clock, Duration.ofMillis(1100));
    assertThat(inbox.process(10, m -> {})).isEqualTo(1);
    assertThat(store.markProcessed(dead.get(0).id(), dead.get(0).leaseToken(), clock.instant()))
        .isFalse();
    assertThat(store.find("odoo", "m-1").orElseThrow().status()).isEqualTo(InboxStatus.PROCESSED);
  }

  /**
   * A started {@link InboxWorker} whose poll interval is 30 s handles each of three webhooks
   * received while it is idle within 2 s, and a parked message within 2 s of its replay: the
   * store's signal wakes it (runs when {@link #storeSignalsNewMessages()}).
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void anIdleWorkerIsWokenByAReceivedMessageInsteadOfWaitingForItsThirtySecondPoll()
      throws Exception {
    Assumptions.assumeTrue(storeSignalsNewMessages(), "the store does not signal new messages");
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier = verifier(clock);
    InboxStore store = newStore();
    WebhookInbox inbox = WebhookInbox.builder(store).clock(clock).build();
    BlockingQueue<String> handled = new LinkedBlockingQueue<>();
    AtomicBoolean rejectOnce = new AtomicBoolean(true);
    InboxWorker worker =
        InboxWorker.builder(
                inbox,
                m -> {
                  if (m.eventId().equals("WAKE-parked") && rejectOnce.getAndSet(false)) {
                    throw new PermanentFailureException("no such order yet");
                  }
                  handled.add(m.eventId());
                })
            .name("sleepy")
            .pollInterval(Duration.ofSeconds(30))
            .build();
    worker.start();
    try {
      Thread.sleep(500); // the first claim found nothing: the worker now sleeps for 30 s
      for (int i = 0; i < 3; i++) {
        String id = "WAKE-" + i;
        long t0 = System.nanoTime();
        assertThat(inbox.receive("wms", verifier, signed(verifier, id, clock, "{}")).isDuplicate())
            .isFalse();
        assertThat(handled.poll(10, TimeUnit.SECONDS)).as("handled message").isEqualTo(id);
        assertThat(Duration.ofNanos(System.nanoTime() - t0))
            .as("receive-to-handler latency of message %d", i)
            .isLessThan(Duration.ofSeconds(2));
        Thread.sleep(300); // idle again
      }
      inbox.receive("wms", verifier, signed(verifier, "WAKE-parked", clock, "{}"));
      long parkedBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (store.count(InboxStatus.FAILED) == 0 && System.nanoTime() < parkedBy) {
        Thread.sleep(10);
      }
      assertThat(store.count(InboxStatus.FAILED)).as("parked as failed").isEqualTo(1);
      Thread.sleep(300); // idle again
      long t0 = System.nanoTime();
      assertThat(inbox.replay("wms", List.of("WAKE-parked"), "ops", "order created"))
          .containsExactly("WAKE-parked");
      assertThat(handled.poll(10, TimeUnit.SECONDS)).isEqualTo("WAKE-parked");
      assertThat(Duration.ofNanos(System.nanoTime() - t0))
          .as("replay-to-handler latency")
          .isLessThan(Duration.ofSeconds(2));
    } finally {
      worker.close();
    }
    assertThat(worker.isRunning()).isFalse();
  }
}
