package io.github.odooconnector.testkit;

import java.time.Duration;

/**
 * Fault injection for a {@link FakeOdoo}: makes upcoming model calls fail the way production
 * failures look, so retry, idempotency and outcome-unknown handling can be tested.
 *
 * <p>Faults apply to model calls only (XML-RPC/JSON-RPC {@code execute_kw} and JSON-2), never to
 * {@code version}, {@code version_info} or {@code authenticate}, so a client's handshake is not
 * consumed by a fault meant for a business call. Planned faults are consumed in the order they were
 * added; each planned fault applies to the next {@code calls} matching calls. Thread-safe: faults
 * may be planned while calls are in flight; each call consumes at most one fault atomically.
 */
public interface Faults {

  /**
   * The next {@code calls} matching calls fail at the transport level: the fake closes the
   * connection without sending any HTTP response, before executing anything (nothing is applied).
   *
   * @param calls how many calls fail, at least 1
   * @return this, for chaining
   */
  Faults failNext(int calls);

  /**
   * The next {@code calls} matching calls are executed normally but only after {@code delay}
   * (useful for client timeouts; prefer short delays).
   *
   * @param calls how many calls are delayed, at least 1
   * @param delay how long to wait before executing, not negative
   * @return this, for chaining
   */
  Faults delayNext(int calls, Duration delay);

  /**
   * The next {@code calls} matching calls fail with a PostgreSQL serialization failure ({@code
   * psycopg2.errors.SerializationFailure: could not serialize access due to concurrent update}) in
   * the exact error shape of the protocol used (XML-RPC fault code 1, JSON-RPC error, JSON-2 HTTP
   * 500); nothing is applied, as in Odoo where the transaction is rolled back.
   *
   * @param calls how many calls fail, at least 1
   * @return this, for chaining
   */
  Faults serializationFailureNext(int calls);

  /**
   * The next {@code calls} matching calls are executed and committed, then the connection is closed
   * without a response: the client cannot know the outcome (the classic "lost response after
   * write").
   *
   * @param calls how many responses are dropped, at least 1
   * @return this, for chaining
   */
  Faults dropResponseNext(int calls);

  /**
   * A view of these faults whose planned faults apply only to calls of {@code method} on {@code
   * model}. Use {@code "*"} as model or method to match any.
   *
   * @param model model name or {@code "*"}
   * @param method method name or {@code "*"}
   * @return a scoped view sharing this fault plan
   */
  Faults onlyFor(String model, String method);

  /**
   * How many planned fault occurrences have not been consumed yet.
   *
   * @return the number of pending fault occurrences
   */
  int pending();

  /** Removes all planned faults that have not been consumed. */
  void clear();
}
