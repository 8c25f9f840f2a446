package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.SearchOptions;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Typed access to one Odoo model through an {@code OdooClient} ({@code
 * odoo.model(SaleOrder.MODEL)}). Every call goes through the client, so its retries, context, rate
 * limits and typed errors apply unchanged. Reads fetch every field of the generated model that
 * exists on the connected version, or only the fields given; field names are resolved for that
 * version. Typed calls on a server whose major version the model was not generated for fail with
 * {@link OdooVersionMismatchException} before anything is sent. Thread-safe (as the client).
 *
 * @param <R> the generated record type
 */
public interface OdooRepository<R extends TypedRecord> {

  /**
   * The generated model this repository reads and writes.
   *
   * @return the model
   */
  OdooModel<R> model();

  /**
   * Matching ids, in the model's default order.
   *
   * @param where the condition ({@link Condition#all()} for every record)
   * @return the ids
   */
  List<Long> search(Condition<R> where);

  /**
   * Matching ids with paging and ordering. The order string uses wire names.
   *
   * @param where the condition
   * @param options limit, offset, order
   * @return the ids
   */
  List<Long> search(Condition<R> where, SearchOptions options);

  /**
   * Matching records ({@code search_read}).
   *
   * @param where the condition
   * @param options limit, offset, order (wire names)
   * @return the records
   */
  List<R> searchRead(Condition<R> where, SearchOptions options);

  /**
   * Matching records with only some fields read ({@code search_read} with a field list): for a
   * workflow that needs a few fields of a large model, and for databases that lack some generated
   * fields (a module not installed). The other components of the returned records are {@code null}
   * (x2many: empty lists), as for a field that does not exist on the server's version; keep such
   * records local to the code that chose the fields.
   *
   * @param where the condition
   * @param options limit, offset, order (wire names)
   * @param fields the fields to read (at least one), each named for the server's version
   * @return the records
   * @throws FieldNotAvailableException if a field does not exist on the server's version (before
   *     anything is sent)
   * @throws IllegalArgumentException if {@code fields} is empty or has a field of another model
   */
  List<R> searchRead(Condition<R> where, SearchOptions options, List<? extends Field<R, ?>> fields);

  /**
   * Lazily streams every matching record in ascending id order with keyset paging ({@code
   * OdooClient.streamSearchRead}): one page in memory, records created or deleted meanwhile never
   * shift pages. Consume it from one thread.
   *
   * @param where the condition
   * @param pageSize records per call, 1 to 10000
   * @return a lazy, sequential stream
   */
  Stream<R> stream(Condition<R> where, int pageSize);

  /**
   * Records by id. Ids that do not exist (anymore) are missing from the result, as in Odoo.
   *
   * @param ids the ids
   * @return the records found
   */
  List<R> read(Collection<Long> ids);

  /**
   * Records by id with only some fields read; see {@link #searchRead(Condition, SearchOptions,
   * List)} for what the other components hold. Ids that do not exist (anymore) are missing from the
   * result, as in Odoo.
   *
   * @param ids the ids
   * @param fields the fields to read (at least one), each named for the server's version
   * @return the records found
   * @throws FieldNotAvailableException if a field does not exist on the server's version (before
   *     anything is sent)
   * @throws IllegalArgumentException if {@code fields} is empty or has a field of another model
   */
  List<R> read(Collection<Long> ids, List<? extends Field<R, ?>> fields);

  /**
   * One record by id.
   *
   * @param id the id
   * @return the record, empty if it does not exist (anymore)
   */
  Optional<R> get(long id);

  /**
   * One record that must exist, for example the target of a many2one read earlier.
   *
   * @param id the id
   * @return the record
   * @throws OdooMissingRecordException if it does not exist (deleted or never created)
   */
  R require(long id);

  /**
   * Counts matching records ({@code search_count}).
   *
   * @param where the condition
   * @return the count
   */
  long count(Condition<R> where);

  /**
   * Creates one record.
   *
   * @param values the field values; every field and selection value is checked against the
   *     connected version before anything is sent
   * @return the new id
   */
  long create(Values<R> values);

  /**
   * Creates several records in one call.
   *
   * @param values one set of values per record; empty returns an empty list without calling Odoo
   * @return the new ids, in order
   */
  List<Long> create(List<Values<R>> values);

  /**
   * Updates records with exactly the fields set in {@code values} (cleared fields are emptied,
   * others untouched).
   *
   * @param ids the records; none means no call
   * @param values the changes; must not be empty
   * @throws OdooMissingRecordException if a record does not exist
   */
  void write(Collection<Long> ids, Values<R> values);

  /**
   * Deletes records.
   *
   * @param ids the records; none means no call
   */
  void unlink(Collection<Long> ids);
}
