/**
 * A simulated transportation management system for tests of the transport workflows: {@link
 * io.github.odooconnector.testkit.transport.SimulatedTms}.
 */
package io.github.odooconnector.testkit.transport;
