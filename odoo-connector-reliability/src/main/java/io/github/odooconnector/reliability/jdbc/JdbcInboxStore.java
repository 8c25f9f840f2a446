package io.github.odooconnector.reliability.jdbc;

import io.github.odooconnector.reliability.internal.Errors;
import io.github.odooconnector.reliability.internal.Jdbc;
import io.github.odooconnector.reliability.internal.Times;
import io.github.odooconnector.reliability.spi.InboxMessage;
import io.github.odooconnector.reliability.spi.InboxStats;
import io.github.odooconnector.reliability.spi.InboxStatus;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.StatusStats;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link InboxStore} on PostgreSQL (table {@code odc_inbox}, see {@link ReliabilitySchema}): a
 * unique constraint on {@code (source, event_id)} plus {@code INSERT ... ON CONFLICT DO NOTHING}
 * keeps one row however many concurrent redeliveries race; processors claim with {@code FOR UPDATE
 * SKIP LOCKED}. Thread-safe; borrow connections from a pool.
 */
public final class JdbcInboxStore implements InboxStore {

  private static final String COLUMNS =
      "id, source, event_id, signed_at, body, status, attempts, lease_token, "
          + "last_error, received_at, processed_at";

  private final DataSource dataSource;

  private JdbcInboxStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
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

  @Override
  public boolean store(String source, VerifiedWebhook message, Instant now) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    Instant t = Times.micros(now);
    return Jdbc.autoCommit(
        dataSource,
        "inbox.store",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO odc_inbox (source, event_id, signed_at, body, status, attempts,"
                      + " available_at, received_at) VALUES (?, ?, ?, ?, 'RECEIVED', 0, ?, ?) ON"
                      + " CONFLICT (source, event_id) DO NOTHING")) {
            ps.setString(1, source);
            ps.setString(2, message.eventId());
            ps.setObject(3, Times.sql(message.signedAt().map(Times::micros).orElse(null)));
            ps.setBytes(4, message.body());
            ps.setObject(5, Times.sql(t));
            ps.setObject(6, Times.sql(t));
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<InboxMessage> claim(
      String processorId, int maxMessages, Instant now, Instant leaseUntil) {
    Objects.requireNonNull(processorId, "processorId");
    if (maxMessages < 1) {
      throw new IllegalArgumentException("maxMessages must be >= 1, got " + maxMessages);
    }
    return Jdbc.autoCommit(
        dataSource,
        "inbox.claim",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_inbox t SET status = 'PROCESSING', attempts = t.attempts + 1,"
                      + " lease_owner = ?, lease_token = t.lease_token + 1, lease_expires_at = ?"
                      + " FROM (SELECT id FROM odc_inbox WHERE (status = 'RECEIVED' AND"
                      + " available_at <= ?)   OR (status = 'PROCESSING' AND lease_expires_at <= ?)"
                      + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED) c WHERE t.id = c.id RETURNING"
                      + " "
                      + COLUMNS.replace("id, source", "t.id, t.source"))) {
            Instant t = Times.micros(now);
            ps.setString(1, processorId);
            ps.setObject(2, Times.sql(Times.micros(leaseUntil)));
            ps.setObject(3, Times.sql(t));
            ps.setObject(4, Times.sql(t));
            ps.setInt(5, maxMessages);
            List<InboxMessage> out = list(ps);
            out.sort(Comparator.comparingLong(InboxMessage::id));
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
      long id, long leaseToken, String error, Instant nextAttemptAt, boolean giveUp) {
    Objects.requireNonNull(error, "error");
    return Jdbc.autoCommit(
        dataSource,
        "inbox.markFailed",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE odc_inbox SET status = ?, last_error = ?, available_at = ?,"
                      + " lease_expires_at = NULL WHERE id = ? AND lease_token = ? AND status ="
                      + " 'PROCESSING'")) {
            ps.setString(1, giveUp ? "FAILED" : "RECEIVED");
            ps.setString(2, Errors.truncate(error));
            ps.setObject(3, Times.sql(Times.micros(nextAttemptAt)));
            ps.setLong(4, id);
            ps.setLong(5, leaseToken);
            return ps.executeUpdate() == 1;
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
                Optional.ofNullable(Times.read(rs, "signed_at")),
                rs.getBytes("body"),
                InboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getLong("lease_token"),
                Optional.ofNullable(rs.getString("last_error")),
                Times.read(rs, "received_at"),
                Optional.ofNullable(Times.read(rs, "processed_at"))));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "JdbcInboxStore[table=odc_inbox]";
  }
}
