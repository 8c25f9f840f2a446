package io.github.odooconnector.reliability.testing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.internal.OutboxSql;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins the work the outbox claim does, counted in rows the plan processes rather than in time: on a
 * table without statistics PostgreSQL turned the per-aggregate {@code NOT EXISTS} into an anti join
 * that read every open row once per candidate (100,000 rows to claim 50 heads of a 2,000-event
 * backlog, 47 ms per claim — the reason the store delivered ~720 events/s with 4 workers). The
 * claim must probe the aggregate index per candidate instead.
 */
class JdbcOutboxClaimPlanTest {

  private static final int BACKLOG = 2000;
  private static final int CLAIMED = 50;

  private final DataSource ds = TestDatabase.dataSource();

  @BeforeEach
  void noStatistics() throws SQLException {
    TestDatabase.truncateAll();
    execute("ALTER TABLE odc_outbox SET (autovacuum_enabled = false)");
  }

  @AfterEach
  void restoreAutovacuum() throws SQLException {
    execute("ALTER TABLE odc_outbox RESET (autovacuum_enabled)");
  }

  @Test
  void claimingFiftyHeadsOfASpreadBacklogReadsAFewRowsPerCandidateWithoutStatistics()
      throws Exception {
    Outbox outbox = Outbox.builder(JdbcOutboxStore.create(ds)).build();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      for (int i = 0; i < BACKLOG; i++) {
        outbox.enqueue(
            c,
            BusinessEvent.of("shipment.dispatched", "wms:acme", Instant.now(), "ship-" + i),
            "order-" + i / 2);
      }
      c.commit();
    }

    JsonNode plan;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + OutboxSql.CLAIM_CANDIDATES)) {
        ps.setInt(1, CLAIMED);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          plan = new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
        }
      } finally {
        c.rollback(); // EXPLAIN ANALYZE ran the FOR UPDATE: release the locks
      }
    }

    assertThat(plan.get("Actual Rows").asLong()).isEqualTo(CLAIMED);
    // 50 candidates, each checked against its own aggregate's few open rows: a few hundred rows
    // at most. The anti join over all open rows processed 100,000.
    assertThat(rowsProcessed(plan))
        .as("rows processed by the claim's plan:%n%s", plan.toPrettyString())
        .isLessThan(2_000);
  }

  /** Rows produced plus rows filtered away, summed over every node and loop of the plan. */
  private static long rowsProcessed(JsonNode node) {
    long loops = Math.max(1, node.path("Actual Loops").asLong(1));
    long rows =
        (node.path("Actual Rows").asLong(0)
                + node.path("Rows Removed by Filter").asLong(0)
                + node.path("Rows Removed by Join Filter").asLong(0)
                + node.path("Rows Removed by Index Recheck").asLong(0))
            * loops;
    for (JsonNode child : node.path("Plans")) {
      rows += rowsProcessed(child);
    }
    return rows;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
