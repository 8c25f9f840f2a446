/**
 * {@link io.github.odooconnector.testkit.wms.SimulatedWms}: an in-memory warehouse management
 * system that implements the WMS SPI and picks, short-picks, packs, ships, receives and counts on
 * command, for tests of the Odoo-WMS workflows.
 */
package io.github.odooconnector.testkit.wms;
