/**
 * Public API of the Odoo client: {@link io.github.odooconnector.core.api.OdooClient} and its
 * builder, the value types used to talk to Odoo ({@link io.github.odooconnector.core.api.Domain},
 * {@link io.github.odooconnector.core.api.Command}, {@link
 * io.github.odooconnector.core.api.Context}, {@link io.github.odooconnector.core.api.OdooRecord})
 * and the unchecked exception hierarchy rooted at {@link
 * io.github.odooconnector.core.api.OdooException}.
 */
package io.github.odooconnector.core.api;
