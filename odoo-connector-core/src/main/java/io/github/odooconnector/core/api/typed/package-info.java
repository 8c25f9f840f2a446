/**
 * Typed Odoo models: the runtime that generated model classes use. A generated record ({@code
 * SaleOrder}) declares typed {@link io.github.odooconnector.core.api.typed.Field}s with the
 * metadata of every Odoo version it was generated for, an {@link
 * io.github.odooconnector.core.api.typed.OdooModel} ({@code SaleOrder.MODEL}) and enums for its
 * selection fields. {@link io.github.odooconnector.core.api.typed.Condition}s and {@link
 * io.github.odooconnector.core.api.typed.Values} built from fields are checked by the compiler;
 * {@link io.github.odooconnector.core.api.typed.OdooRepository} (from {@code
 * OdooClient.model(...)}) reads and writes typed records through the client. See {@code
 * docs/typed-models.md}.
 */
package io.github.odooconnector.core.api.typed;
