/**
 * A simulated supplier for tests of the supplier workflows: {@link
 * io.github.odooconnector.testkit.supplier.SimulatedSupplier}.
 */
package io.github.odooconnector.testkit.supplier;
