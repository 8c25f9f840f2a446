/**
 * What a supplier adapter implements (a supplier portal, an EDI gateway, a marketplace API): {@link
 * io.github.odooconnector.supplier.spi.SupplierAdapter}, the values it returns and the exceptions
 * it throws. Imports nothing from {@code supplier.api}.
 */
package io.github.odooconnector.supplier.spi;
