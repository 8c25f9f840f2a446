/** Implementation of the finance triggers; may change in any release. */
package io.github.odooconnector.finance.internal;
