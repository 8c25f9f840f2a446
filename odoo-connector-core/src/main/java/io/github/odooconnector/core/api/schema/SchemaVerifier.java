package io.github.odooconnector.core.api.schema;

import io.github.odooconnector.core.api.typed.ModelSchema;
import io.github.odooconnector.core.api.typed.OdooModel;
import java.util.Collection;

/**
 * Compares generated models with the live server's {@code fields_get} ({@code odoo.schema()}):
 * missing models and fields, changed types and relations, required-ness, and selection keys added
 * or removed. For a server major version a model was not generated for, it compares with the
 * closest generated version and reports that too, so a team can check its models against an
 * upgraded staging server before the upgrade. Reads only; one {@code ir.model} lookup plus one
 * {@code fields_get} per model. Thread-safe.
 *
 * <pre>{@code
 * DriftReport report = odoo.schema().verify(SaleOrder.MODEL, StockPicking.MODEL);
 * if (!report.isClean()) log.warn(report.format());   // or report.throwIfDrifted()
 * }</pre>
 */
public interface SchemaVerifier {

  /**
   * Verifies generated models.
   *
   * @param models the models' {@code MODEL} constants
   * @return every difference, grouped by model
   */
  DriftReport verify(OdooModel<?>... models);

  /**
   * Verifies model schemas (for example built from a snapshot file by the Maven plugin).
   *
   * @param models the schemas
   * @return every difference, grouped by model
   */
  DriftReport verify(Collection<ModelSchema> models);
}
