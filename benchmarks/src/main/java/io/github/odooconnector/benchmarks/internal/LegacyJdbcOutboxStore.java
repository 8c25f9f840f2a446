package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.reliability.jdbc.ReliabilitySchema;
import io.github.odooconnector.reliability.spi.NewOutboxEntry;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStats;
import io.github.odooconnector.reliability.spi.OutboxStatus;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.spi.ReplayAudit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Baseline for {@link OutboxBenchmark}: the PostgreSQL outbox store as it was when issue 15 was
 * filed (git {@code b755049^}, {@code JdbcOutboxStore}), reconstructed so the current store can be
 * measured against it in the same run. It runs on its own copy of the schema of that time ({@code
 * V1__reliability.sql} in the schema {@code odc_v1}: partial index on open ids, aggregate index on
 * {@code (aggregate_key, id)}), claims with the original {@code NOT EXISTS} over every earlier open
 * row of the aggregate (no head flag, no commit-order horizon, application clock) and acknowledges
 * one row per statement (the SPI's default batch acknowledgement loops over {@link
 * #markDelivered(long, long, Instant)}). Only what the benchmark's workers call is implemented.
 * Thread-safe.
 */
public final class LegacyJdbcOutboxStore implements OutboxStore {

  private static final String SCHEMA = "odc_v1";
  private static final String COLUMNS =
      "t.id, t.event_id, t.aggregate_key, t.event_type, t.source, t.payload_type,"
          + " t.envelope::text AS envelope, t.status, t.attempts, t.available_at, t.lease_owner,"
          + " t.lease_token, t.lease_expires_at, t.last_error, t.created_at, t.delivered_at";

  private final DataSource dataSource;

  private LegacyJdbcOutboxStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates the schema {@code odc_v1} afresh with the version-1 migration and returns the store.
   *
   * @param dataSource the database
   * @return the store
   */
  public static LegacyJdbcOutboxStore create(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      st.execute("CREATE SCHEMA " + SCHEMA);
      st.execute("SET search_path TO " + SCHEMA);
      try {
        st.execute(load("V1__reliability.sql"));
      } finally {
        st.execute("SET search_path TO DEFAULT");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new LegacyJdbcOutboxStore(dataSource);
  }

  private static String load(String script) {
    try (InputStream in =
        ReliabilitySchema.class
            .getClassLoader()
            .getResourceAsStream(ReliabilitySchema.RESOURCE_FOLDER + script)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OffsetDateTime sql(Instant t) {
    return t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /**
   * Appends on the caller's connection (the benchmark enqueues its backlog in one transaction).
   *
   * @param c the connection
   * @param e the entry
   * @return whether inserted
   * @throws SQLException if PostgreSQL fails
   */
  public static boolean append(Connection c, NewOutboxEntry e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO odc_v1.odc_outbox (event_id, aggregate_key, event_type, source,"
                + " payload_type, envelope, status, attempts, available_at, created_at) VALUES"
                + " (?, ?, ?, ?, ?, ?::json, 'PENDING', 0, ?, ?) ON CONFLICT (event_id) DO"
                + " NOTHING")) {
      ps.setString(1, e.eventId());
      ps.setString(2, e.aggregateKey());
      ps.setString(3, e.eventType());
      ps.setString(4, e.source());
      ps.setString(5, e.payloadType());
      ps.setString(6, e.envelopeJson());
      ps.setObject(7, sql(e.createdAt()));
      ps.setObject(8, sql(e.createdAt()));
      return ps.executeUpdate() == 1;
    }
  }

  @Override
  public boolean append(NewOutboxEntry entry) {
    try (Connection c = dataSource.getConnection()) {
      return append(c, entry);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<OutboxRecord> claim(
      String workerId, int maxEntries, Instant now, Instant leaseExpiresAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE odc_v1.odc_outbox t SET status = 'IN_FLIGHT', attempts = t.attempts + 1,"
                    + " lease_owner = ?, lease_token = t.lease_token + 1, lease_expires_at = ?"
                    + " FROM (SELECT o.id FROM odc_v1.odc_outbox o WHERE o.status IN"
                    + " ('PENDING', 'IN_FLIGHT') AND ((o.status = 'PENDING' AND o.available_at"
                    + " <= ?) OR (o.status = 'IN_FLIGHT' AND o.lease_expires_at <= ?)) AND NOT"
                    + " EXISTS (SELECT 1 FROM odc_v1.odc_outbox p WHERE p.aggregate_key ="
                    + " o.aggregate_key AND p.id < o.id AND p.status IN ('PENDING',"
                    + " 'IN_FLIGHT')) ORDER BY o.id LIMIT ? FOR UPDATE SKIP LOCKED) c WHERE t.id"
                    + " = c.id RETURNING "
                    + COLUMNS)) {
      ps.setString(1, workerId);
      ps.setObject(2, sql(leaseExpiresAt));
      ps.setObject(3, sql(now));
      ps.setObject(4, sql(now));
      ps.setInt(5, maxEntries);
      List<OutboxRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      out.sort(Comparator.comparingLong(OutboxRecord::id));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant time(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
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
        time(rs, "available_at"),
        rs.getString("lease_owner"),
        rs.getLong("lease_token"),
        time(rs, "lease_expires_at"),
        rs.getString("last_error"),
        time(rs, "created_at"),
        time(rs, "delivered_at"));
  }

  private boolean update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Set<Long> renew(Collection<OutboxRecord> claimed, Instant now, Instant leaseExpiresAt) {
    Set<Long> kept = new HashSet<>();
    for (OutboxRecord r : claimed) {
      if (update(
          "UPDATE odc_v1.odc_outbox SET lease_expires_at = ? WHERE id = ? AND lease_token = ?"
              + " AND status = 'IN_FLIGHT'",
          sql(leaseExpiresAt),
          r.id(),
          r.leaseToken())) {
        kept.add(r.id());
      }
    }
    return kept;
  }

  @Override
  public boolean markDelivered(long id, long leaseToken, Instant now) {
    return update(
        "UPDATE odc_v1.odc_outbox SET status = 'DELIVERED', delivered_at = ?, lease_expires_at ="
            + " NULL WHERE id = ? AND lease_token = ? AND status = 'IN_FLIGHT'",
        sql(now),
        id,
        leaseToken);
  }

  @Override
  public boolean markRetry(
      long id, long leaseToken, String error, Instant now, Instant nextAttemptAt) {
    return update(
        "UPDATE odc_v1.odc_outbox SET status = 'PENDING', available_at = ?, last_error = ?,"
            + " lease_expires_at = NULL WHERE id = ? AND lease_token = ? AND status ="
            + " 'IN_FLIGHT'",
        sql(nextAttemptAt),
        error,
        id,
        leaseToken);
  }

  @Override
  public boolean markDead(long id, long leaseToken, String error, Instant now) {
    return update(
        "UPDATE odc_v1.odc_outbox SET status = 'DEAD', dead_at = ?, last_error = ?,"
            + " lease_expires_at = NULL WHERE id = ? AND lease_token = ? AND status ="
            + " 'IN_FLIGHT'",
        sql(now),
        error,
        id,
        leaseToken);
  }

  @Override
  public long count(OutboxStatus status) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT count(*) FROM odc_v1.odc_outbox WHERE status = ?")) {
      ps.setString(1, status.name());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int purgeDelivered(Instant deliveredBefore) {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      return st.executeUpdate("DELETE FROM odc_v1.odc_outbox WHERE status = 'DELIVERED'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public List<String> replay(
      Collection<String> eventIds, String requestedBy, String reason, Instant now) {
    throw new UnsupportedOperationException("not part of the baseline");
  }

  @Override
  public Optional<OutboxRecord> find(String eventId) {
    throw new UnsupportedOperationException("not part of the baseline");
  }

  @Override
  public List<OutboxRecord> list(OutboxStatus status, int limit) {
    throw new UnsupportedOperationException("not part of the baseline");
  }

  @Override
  public OutboxStats stats() {
    throw new UnsupportedOperationException("not part of the baseline");
  }

  @Override
  public List<ReplayAudit> replayAudit(String eventId) {
    throw new UnsupportedOperationException("not part of the baseline");
  }
}
