package io.github.odooconnector.reliability.jdbc;

import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Jdbc;
import io.github.odooconnector.reliability.internal.PgNotificationListener;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxReplayAudit;
import io.github.odooconnector.reliability.spi.InboxStats;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.StatusStats;
import io.github.odooconnector.reliability.spi.StoreSubscription;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link InboxStore} on PostgreSQL (table {@code odc_inbox}, see {@link ReliabilitySchema}): a
 * unique constraint on {@code (source, event_id)} plus {@code INSERT ... ON CONFLICT DO NOTHING}
 * keeps one row however many concurrent redeliveries race; processors claim with {@code FOR UPDATE
 * SKIP LOCKED}. Thread-safe; borrow connections from a pool.
 *
 * <p><b>Wake-ups.</b> Storing a new message and replaying messages send {@code NOTIFY} on {@link
 * #NOTIFY_CHANNEL} (delivered by PostgreSQL when the statement commits; a duplicate sends nothing).
 * While at least one subscriber is registered ({@link #subscribe(Runnable)}, which {@code
 * InboxWorker.start()} does), the store keeps <em>one</em> connection of the data source in {@code
 * LISTEN} on a daemon thread ({@code odc-inbox-listener-n}, {@code application_name} {@value
 * #LISTENER_APPLICATION_NAME}) shared by all subscribers of this store instance, exactly as {@link
 * JdbcOutboxStore} does for the outbox (reconnection with backoff, a wake-up after every
 * reconnection, polling as the fallback, nothing received behind PgBouncer in transaction mode).
 * Size the pool for the extra connection.
 */
public final class JdbcInboxStore implements InboxStore {

  private static final String COLUMNS =
      "id, source, event_id, signed_at, body, status, attempts, lease_token, "
          + "last_error, received_at, processed_at";

  /** The PostgreSQL {@code LISTEN}/{@code NOTIFY} channel new and replayed messages signal on. */
  public static final String NOTIFY_CHANNEL = "odc_inbox";

  /**
   * The {@code application_name} of the listening connection while it listens (find it in {@code
   * pg_stat_activity}).
   */
  public static final String LISTENER_APPLICATION_NAME =
      PgNotificationListener.INBOX_APPLICATION_NAME;

  private final DataSource dataSource;
  private final PgNotificationListener notifications;

  private JdbcInboxStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.notifications =
        new PgNotificationListener(dataSource, NOTIFY_CHANNEL, LISTENER_APPLICATION_NAME);
  }

  /**
   * Creates the store on a database migrated with {@link ReliabilitySchema#migrate(DataSource)}.
   *
   * @param dataSource a (pooled) data source for that database
   * @return the store
   */
  public static JdbcInboxStore create(DataSource dataSource) {
    return new JdbcInboxStore(dataSource);
  }

  /**
   * Wakes {@code wakeup} on every {@code NOTIFY} of {@link #NOTIFY_CHANNEL} (and once after every
   * (re)connection of the listening connection), see the class description.
   *
   * @param wakeup called on the listening thread; must return quickly
   * @return the subscription; the listening connection is released when the last one is closed
   */
  @Override
  public StoreSubscription subscribe(Runnable wakeup) {
    return notifications.subscribe(wakeup);
  }

  @Override
  public boolean store(String source, VerifiedWebhook message, Instant now) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    Instant t = Times.micros(now);
    return Jdbc.autoCommit(
        dataSource,
        "inbox.store",
        c -> {
          // one row when inserted, and then a notification, sent when the statement commits
          try (PreparedStatement ps =
              c.prepareStatement(
                  "WITH ins AS (INSERT INTO odc_inbox (source, event_id, signed_at, body, status,"
                      + " attempts, available_at, received_at) VALUES (?, ?, ?, ?, 'RECEIVED', 0,"
                      + " now(), ?) ON CONFLICT (source, event_id) DO NOTHING RETURNING id) SELECT"
                      + " pg_notify('"
                      + NOTIFY_CHANNEL
                      + "', '') FROM ins")) {
            ps.setString(1, source);
            ps.setString(2, message.eventId());
            ps.setObject(3, Times.sql(message.optionalSignedAt().map(Times::micros).orElse(null)));
            ps.setBytes(4, message.body());
            ps.setObject(5, Times.sql(t));
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public List<InboxMessage> claim(
      String processorId, Set<String> sources, int maxMessages, Instant now, Instant leaseUntil) {
    Objects.requireNonNull(processorId, "processorId");
    String[] wanted = Set.copyOf(Objects.requireNonNull(sources, "sources")).toArray(new String[0]);
    if (maxMessages < 1) {
      throw new IllegalArgumentException("maxMessages must be >= 1, got " + maxMessages);
    }
    long leaseMicros = Times.microsBetween(now, leaseUntil);
    return Jdbc.autoCommit(
        dataSource,
        "inbox.claim",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_inbox t SET status = 'PROCESSING', attempts = t.attempts + 1,"
                      + " lease_owner = ?, lease_token = t.lease_token + 1, lease_expires_at ="
                      + " now() + ? * interval '1 microsecond' FROM (SELECT id FROM odc_inbox"
                      + " WHERE status IN ('RECEIVED', 'PROCESSING') AND ((status = 'RECEIVED' AND"
                      + " available_at <= now()) OR (status = 'PROCESSING' AND lease_expires_at <="
                      + " now())) AND (cardinality(?::varchar[]) = 0 OR source = ANY(?::varchar[]))"
                      + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED) c WHERE t.id = c.id"
                      + " RETURNING "
                      + COLUMNS.replace("id, source", "t.id, t.source"))) {
            ps.setString(1, processorId);
            ps.setLong(2, leaseMicros);
            ps.setArray(3, c.createArrayOf("varchar", wanted));
            ps.setArray(4, c.createArrayOf("varchar", wanted));
            ps.setInt(5, maxMessages);
            List<InboxMessage> out = list(ps);
            out.sort(Comparator.comparingLong(InboxMessage::id));
            return out;
          }
        });
  }

  @Override
  public Set<Long> renew(Collection<InboxMessage> claimed, Instant now, Instant leaseUntil) {
    Objects.requireNonNull(claimed, "claimed");
    if (claimed.isEmpty()) {
      return Set.of();
    }
    long leaseMicros = Times.microsBetween(now, leaseUntil);
    return Jdbc.autoCommit(
        dataSource,
        "inbox.renew",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_inbox t SET lease_expires_at = now() + ? * interval '1 microsecond'"
                      + " FROM unnest(?::bigint[], ?::bigint[]) AS r(id, token) WHERE t.id = r.id"
                      + " AND t.lease_token = r.token AND t.status = 'PROCESSING' RETURNING"
                      + " t.id")) {
            Long[] ids = new Long[claimed.size()];
            Long[] tokens = new Long[claimed.size()];
            int i = 0;
            for (InboxMessage m : claimed) {
              ids[i] = m.id();
              tokens[i++] = m.leaseToken();
            }
            ps.setLong(1, leaseMicros);
            ps.setArray(2, c.createArrayOf("bigint", ids));
            ps.setArray(3, c.createArrayOf("bigint", tokens));
            Set<Long> out = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getLong(1));
              }
            }
            return out;
          }
        });
  }

  @Override
  public boolean markProcessed(long id, long leaseToken, Instant now) {
    return Jdbc.autoCommit(
        dataSource,
        "inbox.markProcessed",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_inbox SET status = 'PROCESSED', processed_at = ?, lease_expires_at ="
                      + " NULL WHERE id = ? AND lease_token = ? AND status = 'PROCESSING'")) {
            ps.setObject(1, Times.sql(Times.micros(now)));
            ps.setLong(2, id);
            ps.setLong(3, leaseToken);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean markFailed(
      long id, long leaseToken, String error, Instant now, Instant nextAttemptAt, boolean giveUp) {
    Objects.requireNonNull(error, "error");
    long delayMicros = giveUp ? 0 : Math.max(0, Times.microsBetween(now, nextAttemptAt));
    return Jdbc.autoCommit(
        dataSource,
        "inbox.markFailed",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_inbox SET status = ?, last_error = ?, available_at = now() + ? *"
                      + " interval '1 microsecond', lease_expires_at = NULL WHERE id = ? AND"
                      + " lease_token = ? AND status = 'PROCESSING'")) {
            ps.setString(1, giveUp ? "FAILED" : "RECEIVED");
            ps.setString(2, Errors.truncate(error));
            ps.setLong(3, delayMicros);
            ps.setLong(4, id);
            ps.setLong(5, leaseToken);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<String> replay(
      String source, Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(reason, "reason");
    if (eventIds.isEmpty()) {
      return List.of();
    }
    Instant t = Times.micros(now);
    return Jdbc.autoCommit(
        dataSource,
        "inbox.replay",
        c -> {
          // one statement, rows locked in id order (see JdbcOutboxStore.replay)
          try (PreparedStatement ps =
              c.prepareStatement(
                  "WITH old AS (SELECT id, source, event_id, status, attempts, last_error FROM"
                      + " odc_inbox WHERE source = ? AND event_id = ANY(?) AND status IN"
                      + " ('FAILED', 'PROCESSED') ORDER BY id FOR UPDATE), upd AS (UPDATE"
                      + " odc_inbox i SET status = 'RECEIVED', attempts = 0, available_at = now(),"
                      + " lease_expires_at = NULL, last_error = NULL, processed_at = NULL FROM old"
                      + " WHERE i.id = old.id RETURNING i.id), audit AS (INSERT INTO"
                      + " odc_inbox_replay (inbox_id, source, event_id, previous_status,"
                      + " previous_attempts, previous_error, requested_by, reason, replayed_at)"
                      + " SELECT old.id, old.source, old.event_id, old.status, old.attempts,"
                      + " old.last_error, ?, ?, ? FROM old JOIN upd ON upd.id = old.id RETURNING"
                      + " inbox_id, event_id) SELECT event_id FROM audit ORDER BY inbox_id")) {
            ps.setString(1, source);
            ps.setArray(2, c.createArrayOf("varchar", new LinkedHashSet<>(eventIds).toArray()));
            ps.setString(3, requestedBy);
            ps.setString(4, reason);
            ps.setObject(5, Times.sql(t));
            List<String> replayed = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                replayed.add(rs.getString(1));
              }
            }
            if (!replayed.isEmpty()) {
              // after the replay committed (auto-commit): wake idle workers
              try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_notify('" + NOTIFY_CHANNEL + "', '')");
              }
            }
            return replayed;
          }
        });
  }

  @Override
  public List<InboxReplayAudit> replayAudit(String source, String eventId) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(eventId, "eventId");
    return Jdbc.autoCommit(
        dataSource,
        "inbox.replayAudit",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT source, event_id, previous_status, previous_attempts, previous_error,"
                      + " requested_by, reason, replayed_at FROM odc_inbox_replay WHERE source = ?"
                      + " AND event_id = ? ORDER BY id")) {
            ps.setString(1, source);
            ps.setString(2, eventId);
            List<InboxReplayAudit> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new InboxReplayAudit(
                        rs.getString(1),
                        rs.getString(2),
                        InboxStatus.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        Times.read(rs, "replayed_at")));
              }
            }
            return out;
          }
        });
  }

  @Override
  public List<InboxMessage> list(InboxStatus status, int limit) {
    Objects.requireNonNull(status, "status");
    return Jdbc.autoCommit(
        dataSource,
        "inbox.list",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT " + COLUMNS + " FROM odc_inbox WHERE status = ? ORDER BY id LIMIT ?")) {
            ps.setString(1, status.name());
            ps.setInt(2, Math.max(0, limit));
            return list(ps);
          }
        });
  }

  @Override
  public Optional<InboxMessage> find(String source, String eventId) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(eventId, "eventId");
    return Jdbc.autoCommit(
        dataSource,
        "inbox.find",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT " + COLUMNS + " FROM odc_inbox WHERE source = ? AND event_id = ?")) {
            ps.setString(1, source);
            ps.setString(2, eventId);
            List<InboxMessage> rows = list(ps);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
          }
        });
  }

  @Override
  public long count(InboxStatus status) {
    Objects.requireNonNull(status, "status");
    return Jdbc.autoCommit(
        dataSource,
        "inbox.count",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT count(*) FROM odc_inbox WHERE status = ?")) {
            ps.setString(1, status.name());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  @Override
  public InboxStats stats() {
    Map<String, StatusStats> byStatus =
        Jdbc.statusStats(
            dataSource,
            "inbox.stats",
            "SELECT status, count(*), min(received_at) FROM odc_inbox"
                + " WHERE status IN ('RECEIVED', 'PROCESSING', 'FAILED') GROUP BY status");
    return new InboxStats(
        byStatus.getOrDefault("RECEIVED", StatusStats.empty()),
        byStatus.getOrDefault("PROCESSING", StatusStats.empty()),
        byStatus.getOrDefault("FAILED", StatusStats.empty()));
  }

  @Override
  public int purgeProcessed(Instant processedBefore) {
    Objects.requireNonNull(processedBefore, "processedBefore");
    return Jdbc.autoCommit(
        dataSource,
        "inbox.purge",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM odc_inbox WHERE status = 'PROCESSED' AND processed_at < ?")) {
            ps.setObject(1, Times.sql(processedBefore));
            return ps.executeUpdate();
          }
        });
  }

  private static List<InboxMessage> list(PreparedStatement ps) throws SQLException {
    List<InboxMessage> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new InboxMessage(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("event_id"),
                Times.read(rs, "signed_at"),
                rs.getBytes("body"),
                InboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getLong("lease_token"),
                rs.getString("last_error"),
                Times.read(rs, "received_at"),
                Times.read(rs, "processed_at")));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "JdbcInboxStore[table=odc_inbox]";
  }
}
