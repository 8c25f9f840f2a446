/** Placeholder for the reliability module; replaced as the module is built. */
package io.github.odooconnector.reliability;
