package io.github.odooconnector.boot;

import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxReplayAudit;
import io.github.odooconnector.reliability.spi.InboxStats;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStats;
import io.github.odooconnector.reliability.spi.ReplayAudit;
import io.github.odooconnector.reliability.spi.StatusStats;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code odooconnector} Actuator endpoint (expose it with {@code
 * management.endpoints.web.exposure.include}, and secure it like every Actuator endpoint):
 *
 * <ul>
 *   <li>{@code GET /actuator/odooconnector}: the backlog of the outbox and inbox, their lag
 *       history, the outbox dead letters and failed inbox messages with their last error and the
 *       recent job runs;
 *   <li>{@code GET /actuator/odooconnector/{eventId}}: one outbox entry with its replay audit;
 *   <li>{@code GET /actuator/odooconnector/{source}/{eventId}}: one inbox message (without its
 *       body) with its replay audit;
 *   <li>{@code POST /actuator/odooconnector} with {@code {"action":"replay","eventIds":"id1,id2",
 *       "reason":"..."}} or {@code {"action":"replay-all-dead","reason":"..."}}: moves outbox dead
 *       letters back to pending;
 *   <li>{@code POST /actuator/odooconnector} with {@code {"action":"replay-inbox","source":"wms",
 *       "eventIds":"id1,id2","reason":"..."}}: moves failed inbox messages of one source back to be
 *       processed again;
 *   <li>{@code POST /actuator/odooconnector} with {@code {"action":"resolve-unknown","key":"...",
 *       "resolution":"NOT_PURCHASED","reason":"...","requestedBy":"..."}}: settles a label purchase
 *       blocked by an unknown outcome (listed under {@code blockedPurchases} in the overview when a
 *       shipping integration is configured) after a person checked the carrier account: {@code
 *       NOT_PURCHASED} releases its key so the next purchase proceeds, {@code RETRY_LOOKUP} asks
 *       the carrier again; who and why are recorded in a chatter note on the picking.
 * </ul>
 *
 * <p>A reason is required for every replay; the authenticated user (or {@code requestedBy}) is
 * recorded with it in the store's replay audit. Only dead letters and failed (or processed)
 * messages move; anything else is left alone, so a replay is safe to repeat.
 *
 * <p>Thread-safe.
 */
@Endpoint(id = "odooconnector")
public final class OdooConnectorEndpoint {

  /** At most this many dead letters are listed or replayed at once. */
  public static final int MAX_BATCH = 100;

  private static final int HISTORY = 360;
  private static final long SAMPLE_EVERY_MS = 2_000;

  private final Outbox outbox;
  private final WebhookInbox inbox;
  private final OdooJobs jobs;
  private final @Nullable OutcomeUnknownKeys unknown;
  private final Clock clock;
  private final Deque<Map<String, Object>> lag = new ArrayDeque<>();

  OdooConnectorEndpoint(
      Outbox outbox,
      WebhookInbox inbox,
      OdooJobs jobs,
      @Nullable OutcomeUnknownKeys unknown,
      Clock clock) {
    this.outbox = outbox;
    this.inbox = inbox;
    this.jobs = jobs;
    this.unknown = unknown;
    this.clock = clock;
  }

  /**
   * The overview the console shows.
   *
   * @return outbox, inbox, lag history, dead letters, failed inbox messages, blocked label
   *     purchases (empty without a shipping integration) and recent runs
   */
  @ReadOperation
  public Map<String, Object> overview() {
    Instant now = clock.instant();
    OutboxStats o = outbox.store().stats();
    InboxStats i = inbox.store().stats();
    sample(now, o, i);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("time", now.toString());
    out.put(
        "outbox",
        Map.of(
            "pending", status(o.pending(), now),
            "inFlight", status(o.inFlight(), now),
            "dead", status(o.dead(), now)));
    out.put(
        "inbox",
        Map.of(
            "pending", status(i.received(), now),
            "inFlight", status(i.processing(), now),
            "failed", status(i.failed(), now)));
    synchronized (lag) {
      out.put("lagHistory", new ArrayList<>(lag));
    }
    out.put("deadLetters", outbox.deadLetters(MAX_BATCH).stream().map(this::summary).toList());
    out.put(
        "failedInbox",
        inbox.failedMessages(MAX_BATCH).stream().map(OdooConnectorEndpoint::summary).toList());
    out.put("shipping", unknown != null);
    out.put("blockedPurchases", unknown == null ? List.of() : unknown.blocked());
    out.put("jobs", jobs.names());
    out.put(
        "recentRuns",
        jobs.recentRuns().stream()
            .limit(30)
            .map(
                r -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("job", r.job());
                  m.put("startedAt", r.startedAt().toString());
                  m.put("durationMs", r.duration().toMillis());
                  m.put("outcome", r.outcome().name());
                  m.put("error", r.optionalError().orElse(""));
                  return m;
                })
            .toList());
    return out;
  }

  /**
   * One outbox entry with its replay audit.
   *
   * @param eventId the event id
   * @return the entry, or {@code null} (HTTP 404) when there is none
   */
  @ReadOperation
  public @Nullable Map<String, Object> entry(@Selector String eventId) {
    return outbox
        .find(eventId)
        .map(
            r -> {
              Map<String, Object> m = summary(r);
              m.put("envelope", r.envelopeJson());
              m.put(
                  "replays",
                  outbox.replayAudit(eventId).stream().map(OdooConnectorEndpoint::audit).toList());
              return m;
            })
        .orElse(null);
  }

  /**
   * One inbox message (without its body, which may hold personal data) with its replay audit.
   *
   * @param source the sending system
   * @param eventId the sender's message id
   * @return the message, or {@code null} (HTTP 404) when there is none
   */
  @ReadOperation
  public @Nullable Map<String, Object> inboxMessage(
      @Selector String source, @Selector String eventId) {
    return inbox
        .store()
        .find(source, eventId)
        .map(
            msg -> {
              Map<String, Object> m = summary(msg);
              m.put(
                  "replays",
                  inbox.replayAudit(source, eventId).stream()
                      .map(OdooConnectorEndpoint::audit)
                      .toList());
              return m;
            })
        .orElse(null);
  }

  /**
   * Replays outbox dead letters or failed inbox messages, or resolves a blocked label purchase.
   *
   * @param action {@code replay} (the given outbox ids), {@code replay-all-dead} (up to {@value
   *     #MAX_BATCH} outbox dead letters), {@code replay-inbox} (the given inbox ids of {@code
   *     source}) or {@code resolve-unknown} (the blocked label purchase under {@code key})
   * @param eventIds the comma-separated ids for {@code replay} and {@code replay-inbox}
   * @param source the sending system for {@code replay-inbox}
   * @param key the blocked purchase's idempotency key for {@code resolve-unknown}
   * @param resolution {@code NOT_PURCHASED} or {@code RETRY_LOOKUP} for {@code resolve-unknown}
   * @param reason why, for the audit; required
   * @param requestedBy who, when no user is authenticated; required for {@code resolve-unknown}
   *     then
   * @param security the request's security context
   * @return the ids moved back to pending, or what was done with the blocked purchase
   */
  @WriteOperation
  public Map<String, Object> replay(
      String action,
      @Nullable String eventIds,
      @Nullable String source,
      @Nullable String key,
      @Nullable String resolution,
      String reason,
      @Nullable String requestedBy,
      SecurityContext security) {
    if (reason == null || reason.isBlank()) {
      throw badRequest("reason is required for the replay audit");
    }
    Principal user = security == null ? null : security.getPrincipal();
    if ("resolve-unknown".equals(action)) {
      return resolveUnknown(key, resolution, reason, user != null ? user.getName() : requestedBy);
    }
    String who =
        user != null
            ? user.getName()
            : requestedBy == null || requestedBy.isBlank() ? "actuator" : requestedBy;
    List<String> replayed =
        switch (action) {
          case "replay" -> outbox.replay(ids(action, eventIds), who, reason);
          case "replay-all-dead" -> outbox.replayDeadLetters(MAX_BATCH, who, reason);
          case "replay-inbox" -> {
            if (source == null || source.isBlank()) {
              throw badRequest("source is required for action replay-inbox");
            }
            yield inbox.replay(source, ids(action, eventIds), who, reason);
          }
          default ->
              throw badRequest(
                  "unknown action '"
                      + action
                      + "'; use replay, replay-all-dead, replay-inbox or resolve-unknown");
        };
    return Map.of("replayed", replayed, "requestedBy", who);
  }

  private Map<String, Object> resolveUnknown(
      @Nullable String key, @Nullable String resolution, String reason, @Nullable String who) {
    if (unknown == null) {
      throw badRequest("resolve-unknown needs a ShippingIntegration bean; none is configured");
    }
    if (key == null || key.isBlank()) {
      throw badRequest("key is required for action resolve-unknown");
    }
    if (resolution == null || resolution.isBlank()) {
      throw badRequest(
          "resolution is required for action resolve-unknown (NOT_PURCHASED or RETRY_LOOKUP)");
    }
    if (who == null || who.isBlank()) {
      throw badRequest("requestedBy is required for action resolve-unknown");
    }
    Map<String, Object> out;
    try {
      out = new LinkedHashMap<>(unknown.resolve(key.trim(), resolution, who, reason));
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    }
    out.put("requestedBy", who);
    return out;
  }

  /** Answered with HTTP 400 and the message by Actuator, unlike other exceptions (500). */
  private static InvalidEndpointRequestException badRequest(String message) {
    return new InvalidEndpointRequestException(message, message);
  }

  private static List<String> ids(String action, @Nullable String eventIds) {
    List<String> ids =
        eventIds == null
            ? List.of()
            : Arrays.stream(eventIds.split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .toList();
    if (ids.isEmpty()) {
      throw badRequest("eventIds is required for action " + action);
    }
    if (ids.size() > MAX_BATCH) {
      throw badRequest("at most " + MAX_BATCH + " eventIds at once");
    }
    return ids;
  }

  private void sample(Instant now, OutboxStats o, InboxStats i) {
    synchronized (lag) {
      Map<String, Object> last = lag.peekLast();
      if (last != null && now.toEpochMilli() - (long) last.get("t") < SAMPLE_EVERY_MS) {
        return;
      }
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("t", now.toEpochMilli());
      s.put("outboxPending", o.pending().count());
      s.put("outboxLagSeconds", o.pending().oldestAge(now).toSeconds());
      s.put("outboxDead", o.dead().count());
      s.put("inboxPending", i.received().count());
      s.put("inboxLagSeconds", i.received().oldestAge(now).toSeconds());
      s.put("inboxFailed", i.failed().count());
      lag.addLast(s);
      while (lag.size() > HISTORY) {
        lag.removeFirst();
      }
    }
  }

  private static Map<String, Object> status(StatusStats s, Instant now) {
    return Map.of("count", s.count(), "oldestAgeSeconds", s.oldestAge(now).toSeconds());
  }

  private Map<String, Object> summary(OutboxRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("eventId", r.eventId());
    m.put("eventType", r.eventType());
    m.put("aggregateKey", r.aggregateKey());
    m.put("status", r.status().name());
    m.put("attempts", r.attempts());
    m.put("lastError", r.optionalLastError().orElse(""));
    m.put("createdAt", r.createdAt().toString());
    return m;
  }

  private static Map<String, Object> summary(InboxMessage msg) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", msg.source());
    m.put("eventId", msg.eventId());
    m.put("status", msg.status().name());
    m.put("attempts", msg.attempts());
    m.put("lastError", msg.optionalLastError().orElse(""));
    m.put("receivedAt", msg.receivedAt().toString());
    return m;
  }

  private static Map<String, Object> audit(InboxReplayAudit a) {
    return Map.of(
        "requestedBy", a.requestedBy(),
        "reason", a.reason(),
        "replayedAt", a.replayedAt().toString(),
        "previousStatus", a.previousStatus().name(),
        "previousAttempts", a.previousAttempts(),
        "previousError", a.optionalPreviousError().orElse(""));
  }

  private static Map<String, Object> audit(ReplayAudit a) {
    return Map.of(
        "requestedBy", a.requestedBy(),
        "reason", a.reason(),
        "replayedAt", a.replayedAt().toString(),
        "previousStatus", a.previousStatus().name(),
        "previousAttempts", a.previousAttempts(),
        "previousError", a.optionalPreviousError().orElse(""));
  }
}
