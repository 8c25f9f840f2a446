/**
 * Schema drift detection: {@link io.github.odooconnector.core.api.schema.SchemaVerifier} ({@code
 * OdooClient.schema()}) compares generated models with a live server and returns a {@link
 * io.github.odooconnector.core.api.schema.DriftReport}.
 */
package io.github.odooconnector.core.api.schema;
