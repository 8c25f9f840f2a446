package io.github.odooconnector.core.api.externalid;

import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.typed.OdooModel;
import io.github.odooconnector.core.api.typed.TypedRecord;
import io.github.odooconnector.core.api.typed.Values;
import java.util.Map;
import java.util.Optional;

/**
 * Create-or-update keyed by external ids {@code <module>.<name>} of one namespace ({@code
 * odoo.externalIds().namespace("acme_sync")}).
 *
 * <p>An upsert looks the entry up; if it exists it writes the values to its record, otherwise it
 * creates the record and then its {@code ir.model.data} entry (two calls, as Odoo has no public
 * single call for both). If creating the entry fails, the new record is deleted again, so no record
 * without its key is left behind; if another process created the same entry meanwhile, the values
 * go to that record instead and the duplicate is deleted. An entry whose record was deleted behind
 * Odoo's back is pointed at a newly created record. Thread-safe.
 */
public interface ExternalIdNamespace {

  /**
   * The namespace (module part of the external ids).
   *
   * @return the module name
   */
  String module();

  /**
   * Resolves {@code <module>.<name>}.
   *
   * @param name the name part
   * @return what it points to, empty if there is no such entry
   */
  Optional<ExternalRecord> find(String name);

  /**
   * Creates or updates the record keyed by {@code <module>.<name>}.
   *
   * @param name the name part, for example {@code partner_C1042}
   * @param model the record's model
   * @param values field values (wire names)
   * @return what was done
   * @throws ExternalIdConflictException if the entry points to a record of another model
   * @throws OdooMissingRecordException never for the keyed record itself (a deleted one is
   *     recreated), but Odoo's errors for the values are passed on
   */
  UpsertResult upsert(String name, String model, Map<String, ?> values);

  /**
   * Creates or updates a record of a generated model keyed by {@code <module>.<name>}.
   *
   * @param <R> the record type
   * @param name the name part
   * @param model the generated model
   * @param values typed values, resolved for the connected version
   * @return what was done
   * @throws ExternalIdConflictException if the entry points to a record of another model
   */
  <R extends TypedRecord> UpsertResult upsert(String name, OdooModel<R> model, Values<R> values);
}
