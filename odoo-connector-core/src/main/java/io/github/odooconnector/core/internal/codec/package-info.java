/** Wire value normalisation and the JSON and XML-RPC codecs. Not API. */
package io.github.odooconnector.core.internal.codec;
