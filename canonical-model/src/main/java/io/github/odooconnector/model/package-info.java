/**
 * The canonical model: carrier-, WMS- and ERP-neutral records for the business documents of a
 * logistics integration (orders, fulfillment orders, shipments, receipts, inventory, returns,
 * tracking), the value types they are made of, the {@link
 * io.github.odooconnector.model.BusinessEvent} envelope that carries them, validation ({@link
 * io.github.odooconnector.model.CanonicalValidator}) and the canonical JSON form ({@link
 * io.github.odooconnector.model.CanonicalJson}).
 *
 * <p>All records are immutable and thread-safe. Record constructors never throw on bad data (they
 * normalize and defensively copy lists into unmodifiable ones, turning null lists into empty ones
 * and keeping null elements so the validator can report them by index) so that a whole document can
 * be validated and every problem reported at once; builders' {@code build()} and value factories
 * such as {@link io.github.odooconnector.model.Gtin#of(String)} validate and throw {@link
 * io.github.odooconnector.model.CanonicalValidationException}.
 *
 * <p>JSON property names are the record component names; renaming one is a wire-format change
 * guarded by the golden-file tests and needs a new {@link
 * io.github.odooconnector.model.BusinessEvent#CURRENT_SCHEMA_VERSION}.
 */
package io.github.odooconnector.model;
