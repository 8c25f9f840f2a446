package io.github.odooconnector.reliability.jdbc;

import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Jdbc;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.NewOutboxEntry;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStats;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.ReplayAudit;
import io.github.odooconnector.reliability.spi.StatusStats;
import io.github.odooconnector.reliability.spi.TransactionalOutboxStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link io.github.odooconnector.reliability.spi.OutboxStore} on PostgreSQL (tables {@code
 * odc_outbox} and {@code odc_outbox_replay}, see {@link ReliabilitySchema}), shared by every worker
 * in every application instance using the same database.
 *
 * <p>Workers claim with one {@code UPDATE ... FROM (SELECT ... FOR UPDATE SKIP LOCKED)} statement,
 * so concurrent workers never block each other or claim the same event; an event is only claimable
 * when no earlier event of its aggregate is pending or in flight. Acknowledgements are
 * compare-and-set on the lease token. Appends can join the host's transaction ({@link
 * #append(Connection, NewOutboxEntry)}). Thread-safe; borrow connections from a pool.
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

  private final DataSource dataSource;

  private JdbcOutboxStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
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
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO odc_outbox (event_id, aggregate_key, event_type, source, payload_type,"
                + " envelope, status, attempts, available_at, created_at) VALUES (?, ?, ?, ?, ?,"
                + " ?::json, 'PENDING', 0, ?, ?) ON CONFLICT (event_id) DO NOTHING")) {
      Instant created = Times.micros(e.createdAt());
      ps.setString(1, e.eventId());
      ps.setString(2, e.aggregateKey());
      ps.setString(3, e.eventType());
      ps.setString(4, e.source());
      ps.setString(5, e.payloadType());
      ps.setString(6, e.envelopeJson());
      ps.setObject(7, Times.sql(created));
      ps.setObject(8, Times.sql(created));
      return ps.executeUpdate() == 1;
    }
  }

  @Override
  public List<OutboxRecord> claim(
      String workerId, int maxEntries, Instant now, Instant leaseExpiresAt) {
    Objects.requireNonNull(workerId, "workerId");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1, got " + maxEntries);
    }
    return Jdbc.autoCommit(
        dataSource,
        "outbox.claim",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_outbox t SET status = 'IN_FLIGHT', attempts = t.attempts + 1,"
                      + " lease_owner = ?, lease_token = t.lease_token + 1, lease_expires_at = ?"
                      + " FROM (SELECT o.id FROM odc_outbox o   WHERE o.status IN ('PENDING',"
                      + " 'IN_FLIGHT')     AND ((o.status = 'PENDING' AND o.available_at <= ?)     "
                      + "  OR (o.status = 'IN_FLIGHT' AND o.lease_expires_at <= ?))     AND NOT"
                      + " EXISTS (SELECT 1 FROM odc_outbox p WHERE p.aggregate_key ="
                      + " o.aggregate_key       AND p.id < o.id AND p.status IN ('PENDING',"
                      + " 'IN_FLIGHT'))   ORDER BY o.id LIMIT ? FOR UPDATE SKIP LOCKED) c WHERE"
                      + " t.id = c.id RETURNING "
                      + T_COLUMNS)) {
            Instant t = Times.micros(now);
            ps.setString(1, workerId);
            ps.setObject(2, Times.sql(Times.micros(leaseExpiresAt)));
            ps.setObject(3, Times.sql(t));
            ps.setObject(4, Times.sql(t));
            ps.setInt(5, maxEntries);
            List<OutboxRecord> out = list(ps);
            out.sort(Comparator.comparingLong(OutboxRecord::id));
            return out;
          }
        });
  }

  @Override
  public boolean markDelivered(long id, long leaseToken, Instant now) {
    return update(
        "outbox.markDelivered",
        "UPDATE odc_outbox SET status = 'DELIVERED', delivered_at = ?, "
            + "lease_expires_at = NULL WHERE id = ? AND lease_token = ? AND status = 'IN_FLIGHT'",
        ps -> {
          ps.setObject(1, Times.sql(Times.micros(now)));
          ps.setLong(2, id);
          ps.setLong(3, leaseToken);
        });
  }

  @Override
  public boolean markRetry(long id, long leaseToken, String error, Instant nextAttemptAt) {
    Objects.requireNonNull(error, "error");
    return update(
        "outbox.markRetry",
        "UPDATE odc_outbox SET status = 'PENDING', available_at = ?, last_error = ?, "
            + "lease_expires_at = NULL WHERE id = ? AND lease_token = ? AND status = 'IN_FLIGHT'",
        ps -> {
          ps.setObject(1, Times.sql(Times.micros(nextAttemptAt)));
          ps.setString(2, Errors.truncate(error));
          ps.setLong(3, id);
          ps.setLong(4, leaseToken);
        });
  }

  @Override
  public boolean markDead(long id, long leaseToken, String error, Instant now) {
    Objects.requireNonNull(error, "error");
    return update(
        "outbox.markDead",
        "UPDATE odc_outbox SET status = 'DEAD', dead_at = ?, last_error = ?, "
            + "lease_expires_at = NULL WHERE id = ? AND lease_token = ? AND status = 'IN_FLIGHT'",
        ps -> {
          ps.setObject(1, Times.sql(Times.micros(now)));
          ps.setString(2, Errors.truncate(error));
          ps.setLong(3, id);
          ps.setLong(4, leaseToken);
        });
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private boolean update(String operation, String sql, Binder binder) {
    return Jdbc.autoCommit(
        dataSource,
        operation,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<String> replay(
      Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(reason, "reason");
    Instant t = Times.micros(now);
    return Jdbc.transaction(
        dataSource,
        "outbox.replay",
        c -> {
          List<String> replayed = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "WITH old AS (  SELECT id, event_id, status, attempts, last_error FROM odc_outbox"
                      + "   WHERE event_id = ? AND status IN ('DEAD', 'DELIVERED') FOR UPDATE), upd"
                      + " AS (UPDATE odc_outbox o SET status = 'PENDING', attempts = 0,"
                      + " available_at = ?,   lease_expires_at = NULL, last_error = NULL,"
                      + " delivered_at = NULL, dead_at = NULL   FROM old WHERE o.id = old.id"
                      + " RETURNING o.id) INSERT INTO odc_outbox_replay (outbox_id, event_id,"
                      + " previous_status, previous_attempts,   previous_error, requested_by,"
                      + " reason, replayed_at) SELECT old.id, old.event_id, old.status,"
                      + " old.attempts, old.last_error, ?, ?, ? FROM old JOIN upd ON upd.id ="
                      + " old.id RETURNING event_id")) {
            for (String eventId : new LinkedHashSet<>(eventIds)) {
              ps.setString(1, eventId);
              ps.setObject(2, Times.sql(t));
              ps.setString(3, requestedBy);
              ps.setString(4, reason);
              ps.setObject(5, Times.sql(t));
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  replayed.add(rs.getString(1));
                }
              }
            }
          }
          return replayed;
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
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT " + COLUMNS + " FROM odc_outbox WHERE status = ? ORDER BY id LIMIT ?")) {
            ps.setString(1, status.name());
            ps.setInt(2, Math.max(0, limit));
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
          try (PreparedStatement ps =
              c.prepareStatement("SELECT count(*) FROM odc_outbox WHERE status = ?")) {
            ps.setString(1, status.name());
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
            "SELECT status, count(*), min(created_at) FROM odc_outbox"
                + " WHERE status IN ('PENDING', 'IN_FLIGHT', 'DEAD') GROUP BY status");
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
                        Optional.ofNullable(rs.getString(4)),
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
        Optional.ofNullable(rs.getString("lease_owner")),
        rs.getLong("lease_token"),
        Optional.ofNullable(Times.read(rs, "lease_expires_at")),
        Optional.ofNullable(rs.getString("last_error")),
        Times.read(rs, "created_at"),
        Optional.ofNullable(Times.read(rs, "delivered_at")));
  }

  @Override
  public String toString() {
    return "JdbcOutboxStore[table=odc_outbox]";
  }
}
