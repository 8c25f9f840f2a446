package io.github.odooconnector.reliability.jdbc;

import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Jdbc;
import io.github.odooconnector.reliability.internal.OutboxSql;
import io.github.odooconnector.reliability.internal.PgNotificationListener;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.NewOutboxEntry;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStats;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.ReplayAudit;
import io.github.odooconnector.reliability.spi.StatusStats;
import io.github.odooconnector.reliability.spi.StoreSubscription;
import io.github.odooconnector.reliability.spi.TransactionalOutboxStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * {@link io.github.odooconnector.reliability.spi.OutboxStore} on PostgreSQL (tables {@code
 * odc_outbox} and {@code odc_outbox_replay}, see {@link ReliabilitySchema}), shared by every worker
 * in every application instance using the same database.
 *
 * <p>Workers claim with one {@code UPDATE ... WHERE id = ANY(ARRAY(SELECT ... FOR UPDATE SKIP
 * LOCKED))} statement, so concurrent workers never block each other or claim the same event; an
 * event is only claimable when no earlier event of its aggregate is pending or in flight.
 * Acknowledgements are compare-and-set on the lease token. Appends can join the host's transaction
 * ({@link #append(Connection, NewOutboxEntry)}). Thread-safe; borrow connections from a pool.
 *
 * <p><b>Wake-ups.</b> Appends and replays send {@code NOTIFY} on {@link #NOTIFY_CHANNEL} (delivered
 * by PostgreSQL when their transaction commits). While at least one worker is subscribed ({@link
 * #subscribe(Runnable)}, which {@code OutboxWorker.start()} does), the store keeps <em>one</em>
 * connection of the data source in {@code LISTEN} on a daemon thread ({@code
 * odc-outbox-listener-n}, {@code application_name} {@value #LISTENER_APPLICATION_NAME}) shared by
 * all workers of this store instance, and wakes them on every notification, so an idle worker
 * claims a new event within milliseconds instead of at its next poll. A broken listening connection
 * is aborted and re-opened with backoff (100 ms doubling to 30 s), waking the workers once after
 * every reconnection; meanwhile they poll. Size the pool for the extra connection. Behind a pooler
 * that does not keep a session per client (PgBouncer in transaction mode) {@code LISTEN} receives
 * nothing: workers then only poll. Needs the PostgreSQL JDBC driver ({@code org.postgresql}); with
 * another driver workers poll.
 */
public final class JdbcOutboxStore implements TransactionalOutboxStore {

  private static final String COLUMNS =
      "id, event_id, aggregate_key, event_type, source, payload_type, envelope::text AS envelope,"
          + " status, attempts, available_at, lease_owner, lease_token, lease_expires_at,"
          + " last_error, created_at, delivered_at";
  private static final String T_COLUMNS =
      COLUMNS
          .replace("id, event_id", "t.id, t.event_id")
          .replace("envelope::text", "t.envelope::text");

  /** The PostgreSQL {@code LISTEN}/{@code NOTIFY} channel appends and replays signal on. */
  public static final String NOTIFY_CHANNEL = "odc_outbox";

  /**
   * The {@code application_name} of the listening connection while it listens (find it in {@code
   * pg_stat_activity}).
   */
  public static final String LISTENER_APPLICATION_NAME = PgNotificationListener.APPLICATION_NAME;

  private static final long SWEEP_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final DataSource dataSource;
  private final PgNotificationListener notifications;
  private final AtomicLong lastSweep = new AtomicLong(System.nanoTime() - SWEEP_INTERVAL_NANOS);

  private JdbcOutboxStore(DataSource dataSource) {
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
  public static JdbcOutboxStore create(DataSource dataSource) {
    return new JdbcOutboxStore(dataSource);
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
  public boolean append(NewOutboxEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return Jdbc.autoCommit(dataSource, "outbox.append", c -> insert(c, entry));
  }

  @Override
  public boolean append(Connection connection, NewOutboxEntry entry) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(entry, "entry");
    return Jdbc.onConnection(connection, "outbox.append", c -> insert(c, entry));
  }

  private static boolean insert(Connection c, NewOutboxEntry e) throws SQLException {
    // producer_xid defaults to txid_current(): the producing transaction, which orders the entry
    // within its aggregate; head marks a likely head of its aggregate (a hint, see claim)
    try (PreparedStatement ps =
        c.prepareStatement(
            "WITH ins AS (INSERT INTO odc_outbox (event_id, aggregate_key, event_type, source,"
                + " payload_type, envelope, status, attempts, available_at, created_at, head)"
                + " SELECT ?, ?, ?, ?, ?, ?::json, 'PENDING', 0, now(), ?, NOT EXISTS (SELECT 1"
                + " FROM odc_outbox p WHERE p.aggregate_key = ? AND p.status IN ('PENDING',"
                + " 'IN_FLIGHT')) ON CONFLICT (event_id) DO NOTHING RETURNING id) SELECT"
                + " pg_notify('"
                + NOTIFY_CHANNEL
                + "', '') FROM ins")) {
      ps.setString(1, e.eventId());
      ps.setString(2, e.aggregateKey());
      ps.setString(3, e.eventType());
      ps.setString(4, e.source());
      ps.setString(5, e.payloadType());
      ps.setString(6, e.envelopeJson());
      ps.setObject(7, Times.sql(Times.micros(e.createdAt())));
      ps.setString(8, e.aggregateKey());
      // one row when inserted; the notification is sent when the transaction commits
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Claims heads of aggregates. Only rows flagged {@code head} are scanned (a partial index keeps
   * that cheap however many events of one aggregate wait); the flag is a hint kept up to date on
   * append, on acknowledgement (the successor is flagged) and by a periodic sweep, while order is
   * enforced by the {@code NOT EXISTS} check and the transaction horizon: a row is claimable only
   * when every transaction that could still add an earlier row of its aggregate has finished.
   */
  @Override
  public List<OutboxRecord> claim(
      String workerId, int maxEntries, Instant now, Instant leaseExpiresAt) {
    Objects.requireNonNull(workerId, "workerId");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1, got " + maxEntries);
    }
    long leaseMicros = Times.microsBetween(now, leaseExpiresAt);
    return Jdbc.autoCommit(
        dataSource,
        "outbox.claim",
        c -> {
          sweepIfDue(c);
          // the statement and why it reads as it does: OutboxSql.claim, OutboxSql.CLAIM_CANDIDATES
          try (PreparedStatement ps = c.prepareStatement(OutboxSql.claim(T_COLUMNS))) {
            ps.setString(1, workerId);
            ps.setLong(2, leaseMicros);
            ps.setInt(3, maxEntries);
            List<OutboxRecord> out = list(ps);
            out.sort(Comparator.comparingLong(OutboxRecord::id));
            return out;
          }
        });
  }

  /**
   * Flags the head of every aggregate that has open rows but no flagged one: the backstop for a
   * producer that appended behind an entry whose acknowledgement committed before the producer's
   * transaction (the acknowledgement could not see the new row). Runs at most every {@link
   * #SWEEP_INTERVAL_NANOS} per store instance; skips rows other transactions hold.
   */
  private void sweepIfDue(Connection c) throws SQLException {
    long t = System.nanoTime();
    long last = lastSweep.get();
    if (t - last < SWEEP_INTERVAL_NANOS || !lastSweep.compareAndSet(last, t)) {
      return;
    }
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE odc_outbox t SET head = true FROM (SELECT h.id FROM odc_outbox h WHERE h.id IN"
              + " (SELECT DISTINCT ON (aggregate_key) id FROM odc_outbox WHERE status IN"
              + " ('PENDING', 'IN_FLIGHT') ORDER BY aggregate_key, producer_xid, id) AND NOT"
              + " h.head FOR UPDATE SKIP LOCKED) s WHERE t.id = s.id");
    }
  }

  @Override
  public Set<Long> renew(Collection<OutboxRecord> claimed, Instant now, Instant leaseExpiresAt) {
    Objects.requireNonNull(claimed, "claimed");
    if (claimed.isEmpty()) {
      return Set.of();
    }
    long leaseMicros = Times.microsBetween(now, leaseExpiresAt);
    return Jdbc.autoCommit(
        dataSource,
        "outbox.renew",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_outbox t SET lease_expires_at = now() + ? * interval '1"
                      + " microsecond' FROM unnest(?::bigint[], ?::bigint[]) AS r(id, token)"
                      + " WHERE t.id = r.id AND t.lease_token = r.token AND t.status ="
                      + " 'IN_FLIGHT' RETURNING t.id")) {
            ps.setLong(1, leaseMicros);
            bindLeases(c, ps, 2, claimed);
            return ids(ps);
          }
        });
  }

  @Override
  public boolean markDelivered(long id, long leaseToken, Instant now) {
    return finish("outbox.markDelivered", "DELIVERED", Map.of(id, leaseToken), null, now)
        .contains(id);
  }

  @Override
  public Set<Long> markDelivered(Collection<OutboxRecord> delivered, Instant now) {
    Objects.requireNonNull(delivered, "delivered");
    if (delivered.isEmpty()) {
      return Set.of();
    }
    Map<Long, Long> leases = new LinkedHashMap<>();
    delivered.forEach(r -> leases.put(r.id(), r.leaseToken()));
    return finish("outbox.markDelivered", "DELIVERED", leases, null, now);
  }

  @Override
  public boolean markDead(long id, long leaseToken, String error, Instant now) {
    Objects.requireNonNull(error, "error");
    return finish("outbox.markDead", "DEAD", Map.of(id, leaseToken), error, now).contains(id);
  }

  /**
   * Moves IN_FLIGHT rows held with the given tokens to DELIVERED or DEAD and, in the same
   * statement, flags the next open row of each of their aggregates as head. Rows are locked in id
   * order.
   */
  private Set<Long> finish(
      String operation, String status, Map<Long, Long> leases, String error, Instant now) {
    Objects.requireNonNull(now, "now");
    return Jdbc.autoCommit(
        dataSource,
        operation,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  // both updates find their rows by primary key through arrays computed once,
                  // whatever plan the prepared statement gets (see claim)
                  "WITH done AS (UPDATE odc_outbox t SET status = ?, head = false,"
                      + " lease_expires_at = NULL, delivered_at = CASE WHEN ? = 'DELIVERED' THEN"
                      + " ?::timestamptz END, dead_at = CASE WHEN ? = 'DEAD' THEN ?::timestamptz"
                      + " END, last_error = COALESCE(?, t.last_error) WHERE t.id = ANY(ARRAY(SELECT"
                      + " o.id FROM odc_outbox o JOIN unnest(?::bigint[], ?::bigint[]) AS r(id,"
                      + " token) ON o.id = r.id AND o.lease_token = r.token WHERE o.status ="
                      + " 'IN_FLIGHT' ORDER BY o.id FOR UPDATE OF o)) RETURNING t.id,"
                      + " t.aggregate_key), promoted AS (UPDATE odc_outbox n SET head = true WHERE"
                      + " n.id = ANY(ARRAY(SELECT DISTINCT nx.id FROM done d CROSS JOIN LATERAL"
                      + " (SELECT p.id FROM odc_outbox p WHERE p.aggregate_key = d.aggregate_key"
                      + " AND p.status IN ('PENDING', 'IN_FLIGHT') AND p.id NOT IN (SELECT id FROM"
                      + " done) ORDER BY p.producer_xid, p.id LIMIT 1) nx)) AND NOT n.head"
                      + " RETURNING n.id) SELECT id FROM done")) {
            Instant t = Times.micros(now);
            ps.setString(1, status);
            ps.setString(2, status);
            ps.setObject(3, Times.sql(t));
            ps.setString(4, status);
            ps.setObject(5, Times.sql(t));
            ps.setString(6, error == null ? null : Errors.truncate(error));
            List<Long> ids = new ArrayList<>(leases.keySet());
            List<Long> tokens = new ArrayList<>();
            ids.forEach(id -> tokens.add(leases.get(id)));
            ps.setArray(7, c.createArrayOf("bigint", ids.toArray()));
            ps.setArray(8, c.createArrayOf("bigint", tokens.toArray()));
            return ids(ps);
          }
        });
  }

  @Override
  public boolean markRetry(
      long id, long leaseToken, String error, Instant now, Instant nextAttemptAt) {
    Objects.requireNonNull(error, "error");
    long delayMicros = Math.max(0, Times.microsBetween(now, nextAttemptAt));
    return Jdbc.autoCommit(
        dataSource,
        "outbox.markRetry",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_outbox SET status = 'PENDING', available_at = now() + ? * interval"
                      + " '1 microsecond', last_error = ?, lease_expires_at = NULL WHERE id = ?"
                      + " AND lease_token = ? AND status = 'IN_FLIGHT'")) {
            ps.setLong(1, delayMicros);
            ps.setString(2, Errors.truncate(error));
            ps.setLong(3, id);
            ps.setLong(4, leaseToken);
            return ps.executeUpdate() == 1;
          }
        });
  }

  private static void bindLeases(
      Connection c, PreparedStatement ps, int first, Collection<OutboxRecord> records)
      throws SQLException {
    Long[] ids = new Long[records.size()];
    Long[] tokens = new Long[records.size()];
    int i = 0;
    for (OutboxRecord r : records) {
      ids[i] = r.id();
      tokens[i++] = r.leaseToken();
    }
    ps.setArray(first, c.createArrayOf("bigint", ids));
    ps.setArray(first + 1, c.createArrayOf("bigint", tokens));
  }

  private static Set<Long> ids(PreparedStatement ps) throws SQLException {
    Set<Long> out = new HashSet<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  @Override
  public List<String> replay(
      Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(reason, "reason");
    if (eventIds.isEmpty()) {
      return List.of();
    }
    Instant t = Times.micros(now);
    return Jdbc.autoCommit(
        dataSource,
        "outbox.replay",
        c -> {
          // one statement, rows locked in id order: concurrent replays of overlapping sets wait
          // for each other instead of deadlocking, and the later one skips what the first replayed
          try (PreparedStatement ps =
              c.prepareStatement(
                  "WITH old AS (SELECT id, event_id, status, attempts, last_error FROM odc_outbox"
                      + " WHERE event_id = ANY(?) AND status IN ('DEAD', 'DELIVERED') ORDER BY id"
                      + " FOR UPDATE), upd AS (UPDATE odc_outbox o SET status = 'PENDING',"
                      + " attempts = 0, available_at = now(), lease_expires_at = NULL, last_error ="
                      + " NULL, delivered_at = NULL, dead_at = NULL, head = true FROM old WHERE"
                      + " o.id = old.id RETURNING o.id), audit AS (INSERT INTO odc_outbox_replay"
                      + " (outbox_id, event_id, previous_status, previous_attempts,"
                      + " previous_error, requested_by, reason, replayed_at) SELECT old.id,"
                      + " old.event_id, old.status, old.attempts, old.last_error, ?, ?, ? FROM old"
                      + " JOIN upd ON upd.id = old.id RETURNING outbox_id, event_id) SELECT"
                      + " event_id FROM audit ORDER BY outbox_id")) {
            ps.setArray(1, c.createArrayOf("varchar", new LinkedHashSet<>(eventIds).toArray()));
            ps.setString(2, requestedBy);
            ps.setString(3, reason);
            ps.setObject(4, Times.sql(t));
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
  public Optional<OutboxRecord> find(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return Jdbc.autoCommit(
        dataSource,
        "outbox.find",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM odc_outbox WHERE event_id = ?")) {
            ps.setString(1, eventId);
            List<OutboxRecord> rows = list(ps);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
          }
        });
  }

  @Override
  public List<OutboxRecord> list(OutboxStatus status, int limit) {
    Objects.requireNonNull(status, "status");
    return Jdbc.autoCommit(
        dataSource,
        "outbox.list",
        c -> {
          // the status is a literal (an enum name) so that its partial index can serve the query
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM odc_outbox WHERE status = '"
                      + status.name()
                      + "' ORDER BY id LIMIT ?")) {
            ps.setInt(1, Math.max(0, limit));
            return list(ps);
          }
        });
  }

  @Override
  public long count(OutboxStatus status) {
    Objects.requireNonNull(status, "status");
    return Jdbc.autoCommit(
        dataSource,
        "outbox.count",
        c -> {
          // the status is a literal (an enum name) so that its partial index can serve the query
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) FROM odc_outbox WHERE status = '" + status.name() + "'")) {
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  @Override
  public OutboxStats stats() {
    Map<String, StatusStats> byStatus =
        Jdbc.statusStats(
            dataSource,
            "outbox.stats",
            // two arms, so that each can use its partial index (open rows, dead letters)
            "SELECT status, count(*), min(created_at) FROM odc_outbox WHERE status IN"
                + " ('PENDING', 'IN_FLIGHT') OR status = 'DEAD' GROUP BY status");
    return new OutboxStats(
        byStatus.getOrDefault("PENDING", StatusStats.empty()),
        byStatus.getOrDefault("IN_FLIGHT", StatusStats.empty()),
        byStatus.getOrDefault("DEAD", StatusStats.empty()));
  }

  @Override
  public List<ReplayAudit> replayAudit(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return Jdbc.autoCommit(
        dataSource,
        "outbox.replayAudit",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT event_id, previous_status, previous_attempts, previous_error,"
                      + " requested_by, reason, replayed_at FROM odc_outbox_replay WHERE event_id ="
                      + " ? ORDER BY id")) {
            ps.setString(1, eventId);
            List<ReplayAudit> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new ReplayAudit(
                        rs.getString(1),
                        OutboxStatus.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        Times.read(rs, "replayed_at")));
              }
            }
            return out;
          }
        });
  }

  @Override
  public int purgeDelivered(Instant deliveredBefore) {
    Objects.requireNonNull(deliveredBefore, "deliveredBefore");
    return Jdbc.autoCommit(
        dataSource,
        "outbox.purge",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM odc_outbox WHERE status = 'DELIVERED' AND delivered_at < ?")) {
            ps.setObject(1, Times.sql(deliveredBefore));
            return ps.executeUpdate();
          }
        });
  }

  private static List<OutboxRecord> list(PreparedStatement ps) throws SQLException {
    List<OutboxRecord> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(map(rs));
      }
    }
    return out;
  }

  private static OutboxRecord map(ResultSet rs) throws SQLException {
    return new OutboxRecord(
        rs.getLong("id"),
        rs.getString("event_id"),
        rs.getString("aggregate_key"),
        rs.getString("event_type"),
        rs.getString("source"),
        rs.getString("payload_type"),
        rs.getString("envelope"),
        OutboxStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        Times.read(rs, "available_at"),
        rs.getString("lease_owner"),
        rs.getLong("lease_token"),
        Times.read(rs, "lease_expires_at"),
        rs.getString("last_error"),
        Times.read(rs, "created_at"),
        Times.read(rs, "delivered_at"));
  }

  @Override
  public String toString() {
    return "JdbcOutboxStore[table=odc_outbox]";
  }
}
