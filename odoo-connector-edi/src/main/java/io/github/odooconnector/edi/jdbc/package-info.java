/** The durable PostgreSQL {@link io.github.odooconnector.edi.spi.ControlNumberSource}. */
package io.github.odooconnector.edi.jdbc;
