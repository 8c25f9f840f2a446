/** Placeholder for the wms module; replaced as the module is built. */
package io.github.odooconnector.wms;
