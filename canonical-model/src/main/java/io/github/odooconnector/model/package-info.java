/**
 * The canonical model: carrier-, WMS- and ERP-neutral records for the business documents of a
 * logistics integration (orders, fulfillment orders, shipments, receipts, inventory, returns,
 * tracking), the value types they are made of, the {@link
 * io.github.odooconnector.model.BusinessEvent} envelope that carries them, validation ({@link
 * io.github.odooconnector.model.CanonicalValidator}) and the canonical JSON form ({@link
 * io.github.odooconnector.model.CanonicalJson}).
 *
 * <p>All records are immutable and thread-safe. Every type follows the same conventions:
 *
 * <ul>
 *   <li><b>Builders</b> for the documents and every type with four or more optional components
 *       ({@code Shipment.builder()}, {@code BusinessEvent.builder()}, {@code
 *       ShipmentLine.builder()}, {@code Address.builder()}, ...). {@code build()} validates and
 *       throws {@link io.github.odooconnector.model.CanonicalValidationException} naming every
 *       missing or invalid component ({@code shipmentId: must not be blank (was null)}); {@code
 *       buildUnvalidated()} is for mappers that collect violations themselves; {@code toBuilder()}
 *       derives a modified copy.
 *   <li><b>Static factories</b> ({@code of}, {@code Quantity.pieces}, {@code Weight.kilograms},
 *       {@code Sscc.fromDataDigits}, {@code UnitOfMeasure.fromCode}, ...) validate like {@code
 *       build()}: no invalid instance leaves a public factory, and bad input, including null
 *       arguments and decimal strings that do not parse, is a {@code CanonicalValidationException}
 *       whose violations name the component and the offending value.
 *   <li><b>Canonical constructors</b> never throw on bad data: they only normalize (strip white
 *       space, upper-case ISO codes, apply documented defaults) and copy lists (null becomes empty,
 *       unmodifiable; null elements are kept so the validator can report them by index). A document
 *       read from JSON or assembled by a mapper is then validated <em>as a whole</em> with {@link
 *       io.github.odooconnector.model.CanonicalValidator#validate(Object)}, which reports every
 *       violation at once with its path ({@code lines[2].quantity}).
 *   <li><b>Optional components</b> are nullable and documented "or null"; each has an {@code
 *       Optional<X> optionalX()} accessor ({@code Address.optionalRegion()}, {@code
 *       Shipment.optionalShipTo()}). No component, factory or builder parameter is typed {@code
 *       Optional}. Lists are never null (empty when absent).
 *   <li><b>Units</b> are UN/ECE Rec 20 codes in JSON and in every exchange ({@code C62}, {@code
 *       KGM}); {@link io.github.odooconnector.model.UnitOfMeasure#symbol()} and {@link
 *       io.github.odooconnector.model.Quantity#display()} give the form a person reads ({@code 12
 *       pcs}, {@code 2.5 kg}).
 * </ul>
 *
 * <p>JSON property names are the record component names; renaming one is a wire-format change
 * guarded by the golden-file tests and needs a new {@link
 * io.github.odooconnector.model.BusinessEvent#CURRENT_SCHEMA_VERSION}.
 */
package io.github.odooconnector.model;
