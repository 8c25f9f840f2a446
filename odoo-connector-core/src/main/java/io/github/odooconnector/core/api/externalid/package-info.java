/**
 * External ids ({@code ir.model.data}): {@link
 * io.github.odooconnector.core.api.externalid.ExternalIds} ({@code OdooClient.externalIds()})
 * resolves {@code module.name} to records and back and creates or updates records keyed by an
 * external id in the caller's namespace.
 */
package io.github.odooconnector.core.api.externalid;
