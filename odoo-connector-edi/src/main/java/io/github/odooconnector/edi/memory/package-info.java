/** The in-memory {@link io.github.odooconnector.edi.spi.ControlNumberSource}, for tests. */
package io.github.odooconnector.edi.memory;
