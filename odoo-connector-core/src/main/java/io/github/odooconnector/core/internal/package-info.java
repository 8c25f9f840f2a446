/** Implementation of the Odoo client: transports, codecs, error mapping and resilience. Not API. */
package io.github.odooconnector.core.internal;
