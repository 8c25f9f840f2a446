/**
 * Helpers the odoo-connector modules share among themselves: argument checks ({@link
 * io.github.odooconnector.common.internal.Checks}) and JDBC plumbing ({@link
 * io.github.odooconnector.common.internal.Jdbc}). Not for applications: may change in any release
 * and is excluded from the Javadoc jar.
 */
package io.github.odooconnector.common.internal;
