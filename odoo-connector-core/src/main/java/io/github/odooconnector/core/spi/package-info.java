/**
 * What applications implement to plug into the Odoo client: {@link
 * io.github.odooconnector.core.spi.CredentialSource} (rotating API keys and passwords) and {@link
 * io.github.odooconnector.core.spi.ChangeCursorStore} (where a change feed keeps its position),
 * with the values those return. Nothing here depends on {@code core.api}.
 */
package io.github.odooconnector.core.spi;
