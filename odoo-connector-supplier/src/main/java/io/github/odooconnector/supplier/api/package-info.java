/**
 * Supplier collaboration for applications: {@link
 * io.github.odooconnector.supplier.api.SupplierIntegration} transmits Odoo purchase orders to a
 * supplier and applies the supplier's acknowledgements and ship notices to Odoo by policy.
 */
package io.github.odooconnector.supplier.api;
