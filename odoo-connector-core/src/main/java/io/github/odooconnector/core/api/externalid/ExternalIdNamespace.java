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
 * <p>Odoo has no public single call that creates a record and its external id together, so an
 * upsert first claims the key: it creates the {@code ir.model.data} entry (unique on module and
 * name) if there is none yet, then writes the values to the record the key points to, or creates
 * the record and points the key at it. A failure therefore never leaves a business record without
 * its key: if creating the record fails, a key claimed by this call is removed again; if pointing
 * the key fails, the new record is deleted again. A key whose record was deleted behind Odoo's back
 * gets a new record. Thread-safe.
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
   * @throws OdooMissingRecordException if a value references a record that does not exist (a
   *     deleted keyed record itself is recreated instead)
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
