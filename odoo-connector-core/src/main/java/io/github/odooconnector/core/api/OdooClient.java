package io.github.odooconnector.core.api;

import io.github.odooconnector.core.api.externalid.ExternalIds;
import io.github.odooconnector.core.api.schema.SchemaVerifier;
import io.github.odooconnector.core.api.typed.OdooModel;
import io.github.odooconnector.core.api.typed.OdooRepository;
import io.github.odooconnector.core.api.typed.TypedRecord;
import io.github.odooconnector.core.internal.BulkWrites;
import io.github.odooconnector.core.internal.ParallelReads;
import io.github.odooconnector.core.internal.typed.DefaultExternalIds;
import io.github.odooconnector.core.internal.typed.DefaultOdooRepository;
import io.github.odooconnector.core.internal.typed.DefaultSchemaVerifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A client for one Odoo database, speaking JSON-2, JSON-RPC or XML-RPC. Build one with {@link
 * #builder()} and share it: implementations are thread-safe, cache the authenticated uid and the
 * server version, and hold an HTTP connection pool released by {@link #close()}.
 *
 * <p>Values sent may be String, Number, Boolean, BigDecimal, LocalDate, Instant (sent as Odoo's UTC
 * {@code "yyyy-MM-dd HH:mm:ss"}), byte[] (sent as base64 text on every protocol, as Odoo's binary
 * fields expect), List, Map, {@link Command}, {@link Domain} or {@code null} (sent as {@code
 * false}). Over XML-RPC a string containing a control character other than tab, line feed and
 * carriage return cannot be sent (XML forbids it): the call fails with {@link
 * OdooProtocolException} naming the value's place before anything is sent. Decoded raw values are
 * String, Long, Double, Boolean, List, Map or {@code null} (plus byte[] and Instant for XML-RPC
 * {@code base64}/{@code dateTime.iso8601}, which Odoo itself does not send).
 *
 * <p>Reads ({@code search*}, {@code read}, {@code fields_get}, {@code name_search}, {@code
 * read_group}, ...) are retried on transient failures. Other calls are retried only when the
 * request provably never reached Odoo or when the caller marks them idempotent with {@link
 * CallOptions}; otherwise a lost answer surfaces as {@link OdooOutcomeUnknownException}. Every
 * failure is an unchecked {@link OdooException} subclass.
 */
public interface OdooClient extends AutoCloseable {

  /**
   * Starts configuring a client.
   *
   * @return a new builder
   */
  static OdooClientBuilder builder() {
    return new OdooClientBuilder();
  }

  /**
   * Creates one record ({@code create}).
   *
   * @param model model name, for example {@code res.partner}
   * @param values field values
   * @return the new record id
   */
  long create(String model, Map<String, ?> values);

  /**
   * Creates several records in one call ({@code create} with a list of values).
   *
   * @param model model name
   * @param valuesList one map of field values per record; an empty list returns an empty list
   *     without calling Odoo
   * @return the new ids, in the order of {@code valuesList}
   */
  List<Long> create(String model, List<? extends Map<String, ?>> valuesList);

  /**
   * Creates many records in calls of at most {@code batchSize} records each (one round trip per
   * batch). If a batch fails, the batches before it stay created and the exception is thrown.
   *
   * @param model model name
   * @param valuesList field values, one map per record
   * @param batchSize records per call, at least 1
   * @return the new ids, in the order of {@code valuesList}
   */
  default List<Long> create(
      String model, List<? extends Map<String, ?>> valuesList, int batchSize) {
    return BulkWrites.create(this, model, valuesList, batchSize);
  }

  /**
   * Searches ids ({@code search}), in the model's default order.
   *
   * @param model model name
   * @param domain filter
   * @return matching ids
   */
  List<Long> search(String model, Domain domain);

  /**
   * Searches ids ({@code search}) with paging and ordering.
   *
   * @param model model name
   * @param domain filter
   * @param options limit, offset, order
   * @return matching ids
   */
  List<Long> search(String model, Domain domain, SearchOptions options);

  /**
   * Searches and reads in one call ({@code search_read}).
   *
   * @param model model name
   * @param domain filter
   * @param fields fields to read; empty reads all fields (slow, avoid)
   * @param options limit, offset, order
   * @return the records
   */
  List<OdooRecord> searchRead(
      String model, Domain domain, List<String> fields, SearchOptions options);

  /**
   * Lazily streams every matching record, fetching {@code pageSize} records per call in ascending
   * id order (keyset paging on {@code id}, so records created or deleted meanwhile never shift
   * pages). Only one page is held in memory. The stream must be consumed by one thread; a failure
   * while fetching a page is thrown from the stream operation that needed it.
   *
   * @param model model name
   * @param domain filter
   * @param fields fields to read
   * @param pageSize records per call, 1 to 10000
   * @return a lazy, sequential stream
   */
  Stream<OdooRecord> streamSearchRead(
      String model, Domain domain, List<String> fields, int pageSize);

  /**
   * Streams every matching record with several pages in flight: the matching ids are listed in
   * chunks (ids only), cut into keyset ranges of {@code pageSize} ids, and up to {@code
   * parallelism} ranges are read at once (see {@link ReadOptions}). Records come in ascending id
   * order unless the options say {@link ReadOptions#unordered()}. At most {@code parallelism ×
   * pageSize} records are held. A failed page is thrown once, from the stream operation that needed
   * it, and stops the other reads. Close the stream (try-with-resources) when not reading it to the
   * end, so pages in flight are cancelled. The pages are read on worker threads the client shares
   * among all its streams (at most {@value ReadOptions#MAX_PARALLELISM}, daemon, ended when idle
   * and when the client is closed; a stream still reading then fails with {@link
   * IllegalStateException}). Records created after the read started may be missed (they are past
   * the listed ids).
   *
   * @param model model name
   * @param domain filter
   * @param fields fields to read ({@code id} is always read)
   * @param options page size, parallelism, ordering
   * @return a lazy stream to consume from one thread
   */
  default Stream<OdooRecord> streamSearchRead(
      String model, Domain domain, List<String> fields, ReadOptions options) {
    return ParallelReads.stream(this, model, domain, fields, options);
  }

  /**
   * Reads every matching record into a list, with the paging and parallelism of {@link
   * #streamSearchRead(String, Domain, List, ReadOptions)}.
   *
   * @param model model name
   * @param domain filter
   * @param fields fields to read ({@code id} is always read)
   * @param options page size, parallelism, ordering
   * @return all matching records
   */
  default List<OdooRecord> readAll(
      String model, Domain domain, List<String> fields, ReadOptions options) {
    try (Stream<OdooRecord> s = streamSearchRead(model, domain, fields, options)) {
      return s.toList();
    }
  }

  /**
   * Reads records by id ({@code read}). Ids that do not exist (anymore) are silently missing from
   * the result, as Odoo does.
   *
   * @param model model name
   * @param ids record ids
   * @param fields fields to read; empty reads all fields
   * @return the records found
   */
  List<OdooRecord> read(String model, Collection<Long> ids, List<String> fields);

  /**
   * Counts matching records ({@code search_count}).
   *
   * @param model model name
   * @param domain filter
   * @return the count
   */
  long searchCount(String model, Domain domain);

  /**
   * Updates records ({@code write}). Not retried after the request may have reached Odoo.
   *
   * @param model model name
   * @param ids records to update; no ids returns {@code true} without calling Odoo
   * @param values field values ({@link Command}s for x2many fields)
   * @return {@code true} as Odoo returns it
   * @throws OdooMissingRecordException if a record does not exist
   */
  boolean write(String model, Collection<Long> ids, Map<String, ?> values);

  /**
   * Writes different values to different records with as few calls as possible: records that
   * receive equal values are written in one {@code write} call. Groups are sent one after the other
   * in the order their first record appears; if one fails, the groups before it stay written and
   * the exception is thrown (not retried after the request may have reached Odoo).
   *
   * @param model model name
   * @param valuesById the values to write, per record id
   * @return the number of {@code write} calls made
   */
  default int write(String model, Map<Long, ? extends Map<String, ?>> valuesById) {
    return BulkWrites.write(this, model, valuesById);
  }

  /**
   * Imports rows with Odoo's import method {@code load} in one call: the way Odoo's own CSV import
   * writes, meant for large initial loads. Each row is one record; {@code fields} names the
   * columns: a field name, {@code "id"} for the row's external id (the record is created with it,
   * or the record it already names is updated: re-running a load updates instead of duplicating),
   * {@code ".id"} for a database id to update, {@code "partner_id/id"} to reference a many2one by
   * external id, a plain many2one column is matched by display name. Cells are text as in a CSV
   * file: empty means empty, booleans {@code 1}/{@code 0}, numbers with a dot, dates {@code
   * yyyy-MM-dd}, datetimes {@code yyyy-MM-dd HH:mm:ss} (UTC), selections by value or label.
   *
   * <p>Odoo imports a call all or nothing: if any row fails, nothing is written and the result
   * lists the errors with their row and field ({@link LoadResult#imported()} is false). Not retried
   * after the request may have reached Odoo. Split very large loads into calls of a few thousand
   * rows (each call is one transaction on the server).
   *
   * @param model model name
   * @param fields column field paths, at least one
   * @param rows cell texts, each row with exactly one cell per field ({@code null} = empty)
   * @return the ids in row order and Odoo's messages
   * @throws IllegalArgumentException if a row has the wrong number of cells
   */
  default LoadResult load(String model, List<String> fields, List<? extends List<String>> rows) {
    return BulkWrites.load(this, model, fields, rows);
  }

  /**
   * Deletes records ({@code unlink}). Not retried after the request may have reached Odoo.
   *
   * @param model model name
   * @param ids records to delete; no ids returns {@code true} without calling Odoo
   * @return {@code true} as Odoo returns it
   * @throws OdooMissingRecordException if a record does not exist (any more): Odoo 17-19 raise
   *     {@code MissingError} and delete nothing
   */
  boolean unlink(String model, Collection<Long> ids);

  /**
   * Describes the model's fields ({@code fields_get}).
   *
   * @param model model name
   * @return field name to metadata, in Odoo's order
   */
  Map<String, FieldInfo> fieldsGet(String model);

  /**
   * Searches records by display name ({@code name_search}).
   *
   * @param model model name
   * @param name text to look for (operator {@code ilike})
   * @param domain additional filter
   * @param limit maximum results, positive
   * @return id and display name pairs
   */
  List<Many2one> nameSearch(String model, String name, Domain domain, int limit);

  /**
   * Aggregates records ({@code read_group}).
   *
   * @param model model name
   * @param domain filter
   * @param fields aggregates, for example {@code "product_qty:sum"}
   * @param groupBy grouping fields, for example {@code "state"} or {@code "date:month"}
   * @param options limit, offset, order ({@code orderby})
   * @return one map per group as Odoo returns it
   */
  List<Map<String, Object>> readGroup(
      String model,
      Domain domain,
      List<String> fields,
      List<String> groupBy,
      SearchOptions options);

  /**
   * Calls any model method ({@code execute_kw} / JSON-2), with default {@link CallOptions}.
   *
   * @param model model name
   * @param method public method name
   * @param args positional arguments ({@code [ids, ...]} for record methods)
   * @param kwargs keyword arguments; the client adds its context under {@code context}
   * @return the raw decoded result (String, Long, Double, Boolean, byte[], Instant, or immutable
   *     List and Map); {@code null} when the method returned {@code None} (over XML-RPC only for
   *     methods known to return nothing, see {@link #call(String, String, List, Map, CallOptions)})
   * @see #call(String, String, List, Map, CallOptions)
   */
  Object call(String model, String method, List<?> args, Map<String, ?> kwargs);

  /**
   * Calls any model method ({@code execute_kw} / JSON-2).
   *
   * <p>With JSON-2 (which only accepts keyword arguments) positional arguments are mapped to
   * keywords: a leading list of ids becomes {@code ids}, and the remaining positional arguments of
   * well-known methods ({@code search}, {@code read}, {@code write}, {@code create}, ...) get their
   * parameter names. Other methods must pass their arguments in {@code kwargs}.
   *
   * @param model model name
   * @param method public method name
   * @param args positional arguments
   * @param kwargs keyword arguments
   *     <p>XML-RPC cannot encode {@code None}: Odoo runs and commits the method, then answers with
   *     a "cannot marshal None" fault, which it also raises when the result merely contains a
   *     {@code None}. The client returns {@code null} for that fault only for methods known to
   *     return nothing ({@code action_archive}, {@code action_unarchive}, {@code toggle_active},
   *     {@code action_apply_inventory}, {@code action_set_inventory_quantity_to_zero}, {@code
   *     action_clear_inventory_quantity}, {@code do_unreserve}); for any other method it raises
   *     {@link OdooProtocolException} (the call was applied; use JSON-RPC or JSON-2 to get its
   *     result).
   * @param options idempotency and timeout of this call
   * @return the raw decoded result (maps and lists are immutable); {@code null} when the method
   *     returned {@code None}
   */
  Object call(
      String model, String method, List<?> args, Map<String, ?> kwargs, CallOptions options);

  /**
   * Typed access to a generated model ({@code odoo.model(SaleOrder.MODEL)}): search, read, stream,
   * count, create and write with typed records, conditions and values, through this client (its
   * retries, context and typed errors apply). Cheap; no call is made until it is used.
   *
   * @param <R> the generated record type
   * @param model the generated model's {@code MODEL} constant
   * @return the repository
   */
  default <R extends TypedRecord> OdooRepository<R> model(OdooModel<R> model) {
    return DefaultOdooRepository.create(this, model);
  }

  /**
   * Schema drift detection: compares generated models with this server's {@code fields_get}.
   *
   * @return the verifier
   */
  default SchemaVerifier schema() {
    return DefaultSchemaVerifier.create(this);
  }

  /**
   * External ids ({@code ir.model.data}): resolve {@code module.name} and back, and create or
   * update records keyed by an external id.
   *
   * @return the external id service
   */
  default ExternalIds externalIds() {
    return DefaultExternalIds.create(this);
  }

  /**
   * Report (PDF) download through a web session, streamed.
   *
   * @return the report service
   */
  Reports reports();

  /**
   * Attachment upload and download, streamed in both directions.
   *
   * @return the attachment service
   */
  Attachments attachments();

  /**
   * Creates and revokes API keys of the client's login through a web session (Odoo's {@code
   * res.users.apikeys} wizard).
   *
   * @return the API key service
   */
  ApiKeys apiKeys();

  /**
   * An incremental feed of the records of {@code model} matching {@code domain} that changed since
   * the feed's saved position, ordered by {@code (write_date, id)}, with an overlap window for late
   * commits and de-duplication (see {@link ChangeFeed}). Configure its name and cursor store on the
   * returned builder. No call is made until the feed is polled.
   *
   * @param model model name, for example {@code stock.picking}
   * @param domain which records are in scope ({@link Domain#all()} for all)
   * @param fields fields to read for each change ({@code id} and {@code write_date} are added)
   * @return the feed builder
   */
  default ChangeFeedBuilder changes(String model, Domain domain, List<String> fields) {
    return new ChangeFeedBuilder(this, model, domain, fields);
  }

  /**
   * A view of this client sending {@code context} (merged over the client's context) with every
   * call. Shares the connection pool, session and resilience state with this client.
   *
   * @param context keys to add or override
   * @return the scoped client
   */
  OdooClient withContext(Context context);

  /**
   * A view of this client working in one company, as Odoo's web client does when a single company
   * is selected: every call carries {@code allowed_company_ids = [companyId]} in its context (on
   * JSON-2, JSON-RPC and XML-RPC alike), so the company is Odoo's current company ({@code
   * env.company}: defaults such as {@code company_id} of new records) and Odoo's multi-company
   * record rules hide the records of every other company (reading or writing one by id is {@link
   * OdooAccessException}). A company the user does not belong to is refused by Odoo with {@link
   * OdooAccessException} ("Access to unauthorized or invalid companies."). Without it, Odoo uses
   * all the user's companies.
   *
   * @param companyId the {@code res.company} id, positive
   * @return the scoped client
   */
  default OdooClient withCompany(long companyId) {
    return withCompanies(companyId);
  }

  /**
   * A view of this client working in several companies, as the web client's company switcher sends
   * them: {@code allowed_company_ids = [activeCompanyId, otherCompanyIds...]}; the first is the
   * current company ({@code env.company}), records of all of them are visible. See {@link
   * #withCompany(long)}.
   *
   * @param activeCompanyId the current company, positive
   * @param otherCompanyIds further companies whose records are visible, positive
   * @return the scoped client
   */
  default OdooClient withCompanies(long activeCompanyId, long... otherCompanyIds) {
    Objects.requireNonNull(otherCompanyIds, "otherCompanyIds");
    Set<Long> ids = new LinkedHashSet<>();
    ids.add(activeCompanyId);
    for (long id : otherCompanyIds) {
      ids.add(id);
    }
    for (long id : ids) {
      if (id <= 0) {
        throw new IllegalArgumentException("company ids must be positive, got " + id);
      }
    }
    return withContext(Context.builder().allowedCompanyIds(new ArrayList<>(ids)).build());
  }

  /**
   * The context sent with every call.
   *
   * @return the context
   */
  Context context();

  /**
   * The server version, asking the server on first use.
   *
   * @return the version
   */
  ServerVersion serverVersion();

  /**
   * The protocol in use, detecting it on first use when configured as {@link Protocol#AUTO}.
   *
   * @return {@link Protocol#JSON2}, {@link Protocol#JSONRPC} or {@link Protocol#XMLRPC}
   */
  Protocol protocol();

  /**
   * Releases the HTTP client (when the client created it). Further calls fail with {@link
   * IllegalStateException}.
   */
  @Override
  void close();
}
