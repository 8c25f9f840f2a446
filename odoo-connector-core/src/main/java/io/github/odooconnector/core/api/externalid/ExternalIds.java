package io.github.odooconnector.core.api.externalid;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * External ids ({@code ir.model.data}) through an {@code OdooClient} ({@code odoo.externalIds()}):
 * resolve {@code module.name} to a record and back, in batches, and create or update records keyed
 * by an external id in the caller's own namespace ({@link #namespace(String)}), the natural key for
 * item-master and partner synchronisation. Uses public methods only ({@code search_read}, {@code
 * create}, {@code write}); Odoo's {@code _xmlid_to_res_id} is private. Thread-safe.
 */
public interface ExternalIds {

  /**
   * Resolves one external id.
   *
   * @param xmlId {@code module.name}
   * @return what it points to, empty if no entry has it
   */
  Optional<ExternalRecord> find(String xmlId);

  /**
   * Resolves external ids in one call per module.
   *
   * @param xmlIds {@code module.name} values
   * @return the ones found, keyed by the given {@code module.name}; unknown ones are absent
   */
  Map<String, ExternalRecord> findAll(Collection<String> xmlIds);

  /**
   * The id of the record an external id points to, which must be of {@code model}.
   *
   * @param model the expected model, for example {@code stock.warehouse}
   * @param xmlId {@code module.name}
   * @return the record id
   * @throws ExternalIdNotFoundException if no entry has it, or it points to another model
   */
  long require(String model, String xmlId);

  /**
   * The external ids of records (the way back).
   *
   * @param model the records' model
   * @param ids the record ids
   * @return per id that has any, its external ids (ordered by module and name)
   */
  Map<Long, List<ExternalId>> externalIdsOf(String model, Collection<Long> ids);

  /**
   * Create-or-update keyed by external ids in one namespace, which should be the caller's own: a
   * module name that no installed Odoo module uses (for example {@code acme_sync}), so no module
   * update ever touches the entries.
   *
   * @param module the namespace, lower-case letters, digits and underscores
   * @return the namespace
   */
  ExternalIdNamespace namespace(String module);
}
