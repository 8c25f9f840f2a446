package io.github.odooconnector.reliability.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.reliability.api.PermanentFailureException;
import io.github.odooconnector.reliability.api.RetryLaterException;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxReplayAudit;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.webhook.StandardWebhooksVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link InboxStore} must show, exercised through {@link WebhookInbox} the way
 * an HTTP endpoint and a scheduler use it: one stored message per {@code (source, eventId)} however
 * many deliveries race, leases renewed while handlers run, fencing, time decided on the store's
 * clock, retries with backoff or a retry-after hint, parking as {@code FAILED}, audited replay and
 * claims limited to some sources (integrations sharing one store). A store implementation proves
 * itself by extending this class in its own tests:
 *
 * <pre>{@code
 * class MySqlInboxStoreTest extends InboxStoreContract {
 *   protected InboxStore newStore() {
 *     return new MySqlInboxStore(dataSource());
 *   }
 *
 *   protected boolean storeKeepsItsOwnTime() {
 *     return true; // leases measured on the database clock
 *   }
 * }
 * }</pre>
 *
 * <p>The receiving and processing tests live in {@link InboxProcessingContract}, which this class
 * extends; the hooks are in {@link InboxContractSupport}. Empty the backing database before each
 * test. JUnit 5 runs every public test method of the hierarchy for the subclass. An instance serves
 * one test method at a time (JUnit's default lifecycle); the tests themselves call the store from
 * many threads.
 */
public abstract class InboxStoreContract extends InboxProcessingContract {

  /** Creates the suite; called by the subclass. */
  protected InboxStoreContract() {}

  /**
   * A handler that runs three times its lease keeps the lease (renewed while it runs): a second
   * processor polling all the while claims nothing, and each of the batch's three messages is
   * handled exactly once.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void handlerRunningThreeTimesItsLeaseIsNotHandedToAnotherProcessor() throws Exception {
    MutableClock signing = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier = verifier(signing);
    InboxStore store = newStore();
    Duration lease = Duration.ofSeconds(1);
    WebhookInbox inbox =
        WebhookInbox.builder(store).clock(Clock.systemUTC()).leaseDuration(lease).build();
    for (String id : List.of("slow", "m2", "m3")) {
      inbox.receive("wms:acme", verifier, signed(verifier, id, signing, "{}"));
    }
    List<String> handled = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean claimed = new AtomicBoolean();
    List<String> stolen = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      // the thief starts polling once the batch has been claimed
      Future<?> thief =
          pool.submit(
              () -> {
                while (!claimed.get() && !stop.get()) {
                  Waits.sleep(Duration.ofMillis(5));
                }
                while (!stop.get()) {
                  Instant now = Instant.now();
                  store.claim("thief", 10, now, now.plus(lease)).stream()
                      .map(InboxMessage::eventId)
                      .forEach(stolen::add);
                  Waits.sleep(Duration.ofMillis(50));
                }
                return null;
              });
      assertThat(
              inbox.process(
                  10,
                  m -> {
                    claimed.set(true);
                    if (m.eventId().equals("slow")) {
                      Thread.sleep(lease.multipliedBy(3).toMillis());
                    }
                    handled.add(m.eventId());
                  }))
          .isEqualTo(3);
      stop.set(true);
      thief.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(stolen).as("claimed by the second processor while leases were renewed").isEmpty();
    assertThat(handled).containsExactly("slow", "m2", "m3");
    assertThat(store.count(InboxStatus.PROCESSED)).isEqualTo(3);
  }

  /**
   * A failed message is replayed exactly once by eight concurrent operators, with an audit entry
   * naming who, why, the previous status, attempts and error; it is then processed. Replaying a
   * message that is not failed or processed does nothing.
   *
   * @throws Exception if the store under test fails unexpectedly (fails the test)
   */
  @Test
  public void failedMessageIsReplayedExactlyOnceWithAnAuditEntry() throws Exception {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier = verifier(clock);
    InboxStore store = newStore();
    WebhookInbox inbox = WebhookInbox.builder(store).clock(clock).build();
    inbox.receive("carrier:dhl", verifier, signed(verifier, "t-1", clock, "{}"));
    inbox.receive("carrier:dhl", verifier, signed(verifier, "t-2", clock, "{}"));
    AtomicBoolean fixed = new AtomicBoolean();
    AtomicInteger calls = new AtomicInteger();
    inbox.process(
        10,
        m -> {
          calls.incrementAndGet();
          if (m.eventId().equals("t-1") && !fixed.get()) {
            throw new PermanentFailureException("unknown tracking number");
          }
        });
    assertThat(inbox.failedMessages(10)).extracting(InboxMessage::eventId).containsExactly("t-1");
    fixed.set(true);
    int operators = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(operators);
    List<Future<List<String>>> replays = new ArrayList<>();
    try {
      for (int i = 0; i < operators; i++) {
        String who = "operator-" + i;
        replays.add(
            pool.submit(
                () -> {
                  go.await();
                  return inbox.replay("carrier:dhl", List.of("t-1", "t-2"), who, "number fixed");
                }));
      }
      go.countDown();
      List<String> replayed = new ArrayList<>();
      for (Future<List<String>> f : replays) {
        replayed.addAll(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(replayed).as("t-1 once; t-2 is processed, so replayed once too").hasSize(2);
    } finally {
      pool.shutdownNow();
    }
    List<InboxReplayAudit> audit = inbox.replayAudit("carrier:dhl", "t-1");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).previousStatus()).isEqualTo(InboxStatus.FAILED);
    assertThat(audit.get(0).previousAttempts()).isEqualTo(1);
    assertThat(audit.get(0).previousError()).contains("unknown tracking number");
    assertThat(audit.get(0).reason()).isEqualTo("number fixed");
    assertThat(audit.get(0).requestedBy()).startsWith("operator-");
    assertThat(store.find("carrier:dhl", "t-1").orElseThrow().status())
        .isEqualTo(InboxStatus.RECEIVED);
    assertThat(inbox.process(10, m -> calls.incrementAndGet())).isEqualTo(2);
    assertThat(store.count(InboxStatus.PROCESSED)).isEqualTo(2);
    assertThat(inbox.replay("carrier:dhl", List.of("unknown"), "ops", "typo")).isEmpty();
  }

  /**
   * A handler that throws an {@link Error} (the processor "dies") leaves the message to be taken
   * over after the lease, like the outbox; once it was claimed more than {@code maxAttempts} times
   * without an outcome it is parked as {@code FAILED} without reaching the handler again.
   */
  @Test
  public void messageWhoseHandlerKeepsThrowingErrorsIsParkedAfterMaxAttempts() {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier = verifier(clock);
    InboxStore store = newStore();
    WebhookInbox inbox =
        WebhookInbox.builder(store)
            .clock(clock)
            .leaseDuration(Duration.ofSeconds(1))
            .retry(new RetrySettings(3, Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0, 0.0))
            .build();
    inbox.receive("odoo", verifier, signed(verifier, "poison", clock, "{}"));
    AtomicInteger calls = new AtomicInteger();
    for (int run = 0; run < 6; run++) {
      try {
        inbox.process(
            10,
            m -> {
              calls.incrementAndGet();
              throw new StackOverflowError("handler blew the stack");
            });
      } catch (StackOverflowError expected) {
        // the processor "died"; its lease expires
      }
      elapse(clock, Duration.ofMillis(1100));
    }
    assertThat(calls).as("handler runs before the message is parked").hasValue(3);
    InboxMessage parked = store.find("odoo", "poison").orElseThrow();
    assertThat(parked.status()).isEqualTo(InboxStatus.FAILED);
    assertThat(parked.lastError()).contains("claimed 4 times without an outcome");
  }

  /**
   * A {@link RetryLaterException} with a delay schedules the next attempt after that delay rather
   * than the configured backoff; the attempt counts.
   */
  @Test
  public void retryAfterHintReplacesTheBackoff() {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier = verifier(clock);
    InboxStore store = newStore();
    WebhookInbox inbox =
        WebhookInbox.builder(store)
            .clock(clock)
            .retry(new RetrySettings(5, Duration.ofHours(1), Duration.ofHours(1), 1.0, 0.0))
            .build();
    inbox.receive("carrier:ups", verifier, signed(verifier, "r-1", clock, "{}"));
    AtomicInteger calls = new AtomicInteger();
    assertThat(
            inbox.process(
                10,
                m -> {
                  if (calls.incrementAndGet() == 1) {
                    throw new RetryLaterException("429", Duration.ofSeconds(1), null);
                  }
                }))
        .isEqualTo(1);
    assertThat(inbox.process(10, m -> calls.incrementAndGet())).isZero();
    elapse(clock, Duration.ofMillis(1100));
    assertThat(inbox.process(10, m -> calls.incrementAndGet())).isEqualTo(1);
    InboxMessage done = store.find("carrier:ups", "r-1").orElseThrow();
    assertThat(done.status()).isEqualTo(InboxStatus.PROCESSED);
    assertThat(done.attempts()).isEqualTo(2);
    assertThatThrownBy(() -> new RetryLaterException("x", Duration.ofSeconds(-1), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retryAfter");
  }

  /**
   * Leases and availability are decided on the store's clock: a processor whose clock runs five
   * minutes ahead cannot take over a fresh one-minute lease, and a message it stores is due at
   * once. Runs for stores that keep their own time.
   */
  @Test
  public void processorWithASkewedClockCannotStealLeasesOrDelayMessages() {
    Assumptions.assumeTrue(storeKeepsItsOwnTime(), "store decides on the callers' clocks");
    MutableClock signing = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier = verifier(signing);
    InboxStore store = newStore();
    Clock skewed = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
    WebhookInbox correct = WebhookInbox.builder(store).clock(Clock.systemUTC()).build();
    WebhookInbox ahead = WebhookInbox.builder(store).clock(skewed).build();
    correct.receive("odoo", verifier, signed(verifier, "s-1", signing, "{}"));
    Instant now = Instant.now();
    assertThat(store.claim("correct", 10, now, now.plusSeconds(60))).hasSize(1);
    Instant t = skewed.instant();
    assertThat(store.claim("skewed", 10, t, t.plusSeconds(60))).isEmpty();
    ahead.receive("odoo", verifier, signed(verifier, "s-2", signing, "{}"));
    AtomicInteger calls = new AtomicInteger();
    assertThat(correct.process(10, m -> calls.incrementAndGet()))
        .as("stored by the skewed processor, due at once")
        .isEqualTo(1);
  }

  /**
   * A claim limited to some sources hands out only their messages, oldest first and up to the batch
   * size, whatever else waits in the store; an unfiltered claim still takes every source, and a
   * message of another source whose lease expired is not taken over by a filtered claim.
   */
  @Test
  public void claimLimitedToSourcesHandsOutOnlyMessagesOfThoseSources() {
    MutableClock clock = MutableClock.atEpoch();
    InboxStore store = newStore();
    Instant t = clock.instant();
    for (int i = 0; i < 3; i++) {
      store.store("wms:main", message("wms-" + i), t);
      store.store("carrier:dhl", message("dhl-" + i), t);
      store.store("carrier:ups", message("ups-" + i), t);
    }
    Instant lease = t.plusSeconds(1);

    List<InboxMessage> carriers =
        store.claim("shipping", Set.of("carrier:dhl", "carrier:ups"), 4, t, lease);
    assertThat(carriers)
        .extracting(InboxMessage::eventId)
        .containsExactly("dhl-0", "ups-0", "dhl-1", "ups-1");
    assertThat(store.claim("nobody", Set.of("carrier:fedex"), 10, t, lease)).isEmpty();
    assertThat(store.claim("wms", Set.of("wms:main"), 10, t, lease))
        .extracting(InboxMessage::eventId)
        .containsExactly("wms-0", "wms-1", "wms-2");
    assertThat(store.claim("any", 10, t, lease))
        .extracting(InboxMessage::eventId)
        .containsExactly("dhl-2", "ups-2");

    elapse(clock, Duration.ofMillis(1100));
    Instant later = clock.instant();
    assertThat(store.claim("shipping-2", Set.of("carrier:dhl"), 10, later, later.plusSeconds(1)))
        .as("expired dhl leases only")
        .extracting(InboxMessage::eventId)
        .containsExactly("dhl-0", "dhl-1", "dhl-2");
  }

  /**
   * A WMS and a carrier integration sharing one store, each with an inbox limited to its own
   * source, process only their own messages: a carrier message waiting for its retry is never
   * handed to the WMS processor, and each message is handled exactly once by its own handler.
   */
  @Test
  public void wmsAndCarrierMessagesInOneInboxAreEachClaimedOnlyByTheirOwnProcessor() {
    MutableClock clock = MutableClock.atEpoch();
    StandardWebhooksVerifier verifier = verifier(clock);
    InboxStore store = newStore();
    RetrySettings retry =
        new RetrySettings(5, Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0, 0.0);
    WebhookInbox wms =
        WebhookInbox.builder(store)
            .clock(clock)
            .retry(retry)
            .processorId("wms")
            .sources(List.of("wms:main"))
            .build();
    WebhookInbox carrier =
        WebhookInbox.builder(store)
            .clock(clock)
            .retry(retry)
            .processorId("shipping")
            .sources(List.of("carrier:dhl"))
            .build();
    wms.receive("wms:main", verifier, signed(verifier, "shipped-1", clock, "{}"));
    carrier.receive("carrier:dhl", verifier, signed(verifier, "tracking-1", clock, "{}"));
    wms.receive("wms:main", verifier, signed(verifier, "shipped-2", clock, "{}"));
    carrier.receive("carrier:dhl", verifier, signed(verifier, "tracking-2", clock, "{}"));

    List<String> wmsSaw = Collections.synchronizedList(new ArrayList<>());
    List<String> carrierSaw = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean odooDown = new AtomicBoolean(true);
    assertThat(wms.process(10, m -> wmsSaw.add(m.source() + "/" + m.eventId()))).isEqualTo(2);
    assertThat(
            carrier.process(
                10,
                m -> {
                  carrierSaw.add(m.source() + "/" + m.eventId());
                  if (m.eventId().equals("tracking-2") && odooDown.get()) {
                    throw new IllegalStateException("Odoo unreachable");
                  }
                }))
        .isEqualTo(2);

    elapse(clock, Duration.ofMillis(1100));
    assertThat(wms.process(10, m -> wmsSaw.add(m.source() + "/" + m.eventId())))
        .as("the carrier's retry is not the WMS's to take")
        .isZero();
    odooDown.set(false);
    assertThat(carrier.process(10, m -> carrierSaw.add(m.source() + "/" + m.eventId())))
        .isEqualTo(1);

    assertThat(wmsSaw).containsExactly("wms:main/shipped-1", "wms:main/shipped-2");
    assertThat(carrierSaw)
        .containsExactly(
            "carrier:dhl/tracking-1", "carrier:dhl/tracking-2", "carrier:dhl/tracking-2");
    assertThat(store.count(InboxStatus.PROCESSED)).isEqualTo(4);
  }

  private static VerifiedWebhook message(String eventId) {
    return new VerifiedWebhook(eventId, null, ("{\"id\":\"" + eventId + "\"}").getBytes(UTF_8));
  }
}
