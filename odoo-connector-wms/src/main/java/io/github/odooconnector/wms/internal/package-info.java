/** Implementation of the WMS workflows and the reference REST adapter; not API. */
package io.github.odooconnector.wms.internal;
