/**
 * What a transportation management system (TMS) adapter implements: {@link
 * io.github.odooconnector.transport.spi.TmsAdapter}, the values it receives and returns (freight
 * requests, quotes, load tenders and the answers to them, dock appointments, in-transit updates,
 * proofs of delivery, freight invoices) and the exceptions it throws. Imports nothing from {@code
 * transport.api}.
 */
package io.github.odooconnector.transport.spi;
