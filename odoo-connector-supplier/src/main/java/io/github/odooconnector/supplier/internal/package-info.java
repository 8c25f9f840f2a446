/** Implementation of the supplier workflows; may change in any release. */
package io.github.odooconnector.supplier.internal;
