/**
 * In-memory implementations of the client's SPIs: {@link
 * io.github.odooconnector.core.memory.InMemoryChangeCursorStore}.
 */
package io.github.odooconnector.core.memory;
