/** Placeholder for the testkit module; replaced as the module is built. */
package io.github.odooconnector.testkit;
