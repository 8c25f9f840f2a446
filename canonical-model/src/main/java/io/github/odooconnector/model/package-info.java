/**
 * The canonical model: carrier-, WMS- and ERP-neutral records for the business documents of a logistics
 * integration (orders, fulfillment orders, shipments, receipts, inventory, returns, tracking), the value types they
 * are made of, the {@link io.github.odooconnector.model.BusinessEvent} envelope that carries them, validation
 * ({@link io.github.odooconnector.model.CanonicalValidator}) and the canonical JSON form
 * ({@link io.github.odooconnector.model.CanonicalJson}).
 *
 * <p>All records are immutable and thread-safe. Record constructors never throw on bad data (they normalize and
 * defensively copy lists, turning null lists into empty ones) so that a whole document can be validated and every
 * problem reported at once; builders' {@code build()} and value factories such as
 * {@link io.github.odooconnector.model.Gtin#of(String)} validate and throw
 * {@link io.github.odooconnector.model.CanonicalValidationException}.
 */
package io.github.odooconnector.model;
