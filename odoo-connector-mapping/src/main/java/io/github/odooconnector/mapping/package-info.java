/**
 * The documented mapping layer between Odoo records and canonical entities.
 *
 * <ul>
 *   <li>{@link io.github.odooconnector.mapping.FieldMap}: logical key to Odoo field, per model,
 *       with custom ({@code x_}) fields; {@link io.github.odooconnector.mapping.StandardFieldMaps}
 *       holds the Odoo 17/18/19 defaults.
 *   <li>{@link io.github.odooconnector.mapping.MappedRecord}: reads a record through a field map
 *       with errors that name model, record and field ({@link
 *       io.github.odooconnector.mapping.MappingException}).
 *   <li>{@link io.github.odooconnector.mapping.UnitOfMeasureMap}: Odoo {@code uom.uom} names to
 *       canonical units.
 *   <li>{@link io.github.odooconnector.mapping.OdooDocuments}: assembles canonical documents
 *       ({@code FulfillmentOrder}, {@code AdvanceShipNotice}, {@code Party}, products and moves)
 *       from the records of several models, read through an {@code OdooClient}; {@link
 *       io.github.odooconnector.mapping.MappingConfig} bundles the field maps, unit names and
 *       warehouse code of one database; {@link io.github.odooconnector.mapping.ProductLookup} is
 *       the result of its lenient product reads, which report products they cannot map instead of
 *       failing.
 *   <li>{@link io.github.odooconnector.mapping.CustomField}: a custom field an integration needs,
 *       and the opt-in setup step that creates it through {@code ir.model.fields}.
 * </ul>
 *
 * <p>All types here are immutable and thread-safe.
 */
package io.github.odooconnector.mapping;
