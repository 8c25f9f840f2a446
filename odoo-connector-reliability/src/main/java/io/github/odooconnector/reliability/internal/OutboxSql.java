package io.github.odooconnector.reliability.internal;

/**
 * SQL of the PostgreSQL outbox store that tests inspect (query plans), kept in one place so the
 * store and its plan tests run the same text. Constants only; thread-safe.
 */
public final class OutboxSql {

  private OutboxSql() {}

  /**
   * Selects and locks up to {@code ?} claimable heads of aggregates, in id order. A row is a
   * candidate when it is flagged head, due (pending and available, or in flight with an expired
   * lease), produced by a transaction older than every transaction still running, and no earlier
   * open row of its aggregate exists.
   *
   * <p>{@code OFFSET 0} keeps the {@code NOT EXISTS} a per-candidate subplan that probes the
   * open-aggregate index with the candidate's aggregate key. Without it PostgreSQL may turn the
   * check into an anti join whose inner side reads every open row for every candidate when the
   * table has no fresh statistics: measured 47 ms instead of 0.5 ms per claim of 50 at 2,000 open
   * rows, quadratic in the backlog.
   *
   * <p>{@code producer_xid + 0} keeps the commit-order test off {@code
   * odc_outbox_open_aggregate_idx}: as an index condition on that index's second column it let the
   * planner, with the table size known but no column statistics, bitmap-scan every open row instead
   * of the open heads ({@code JdbcOutboxClaimPlanTest}).
   */
  public static final String CLAIM_CANDIDATES =
      "SELECT o.id FROM odc_outbox o WHERE o.head AND o.status IN ('PENDING', 'IN_FLIGHT') AND"
          + " ((o.status = 'PENDING' AND o.available_at <= now()) OR (o.status = 'IN_FLIGHT' AND"
          + " o.lease_expires_at <= now())) AND o.producer_xid + 0 <"
          + " txid_snapshot_xmin(txid_current_snapshot()) AND NOT EXISTS (SELECT 1 FROM"
          + " odc_outbox p WHERE p.aggregate_key = o.aggregate_key AND p.status IN ('PENDING',"
          + " 'IN_FLIGHT') AND (p.producer_xid, p.id) < (o.producer_xid, o.id) OFFSET 0) ORDER BY"
          + " o.id LIMIT ? FOR UPDATE SKIP LOCKED";

  /**
   * Claims up to {@code ?3} candidates ({@link #CLAIM_CANDIDATES}) for worker {@code ?1} with a
   * lease of {@code ?2} microseconds on the database clock, returning {@code columns} of the
   * claimed rows. The candidates are an array computed once, so the update finds its rows by
   * primary key whatever plan the prepared statement gets: joined as a subquery, the generic plan
   * hash-joined them against a sequential scan of the whole table, dead row versions included (~10
   * ms per claim at 2,000 rows).
   *
   * @param columns the {@code RETURNING} list, qualified with {@code t.}
   * @return the statement
   */
  public static String claim(String columns) {
    return "UPDATE odc_outbox t SET status = 'IN_FLIGHT', attempts = t.attempts + 1,"
        + " lease_owner = ?, lease_token = t.lease_token + 1, lease_expires_at ="
        + " now() + ? * interval '1 microsecond' WHERE t.id = ANY(ARRAY("
        + CLAIM_CANDIDATES
        + ")) RETURNING "
        + columns;
  }
}
