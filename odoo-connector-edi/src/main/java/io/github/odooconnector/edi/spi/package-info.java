/**
 * What a control-number store author implements: {@link
 * io.github.odooconnector.edi.spi.ControlNumberSource} and the exception it throws. Shipped
 * implementations are in {@code edi.memory} and {@code edi.jdbc}.
 */
package io.github.odooconnector.edi.spi;
