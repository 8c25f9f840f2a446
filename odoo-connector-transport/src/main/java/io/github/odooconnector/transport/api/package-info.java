/**
 * Transport (TMS) for applications: {@link
 * io.github.odooconnector.transport.api.TransportIntegration} tenders a picking's freight through a
 * TMS and writes the results (carrier, tracking reference, freight cost, dock appointment, ETA,
 * proof of delivery) to the Odoo picking, raising an activity when a tender is refused or the
 * freight is late.
 */
package io.github.odooconnector.transport.api;
