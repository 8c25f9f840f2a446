package io.github.odooconnector.core.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Attachments ({@code ir.attachment}) streamed both ways, obtained from {@link
 * OdooClient#attachments()}: a 500 MB file passes with a small, fixed heap. Downloads read {@code
 * /web/content/<id>?download=true} (raw bytes, no base64) through the client's web session (see
 * {@link Reports} for why a session: without one, and with a bearer key on Odoo 19, Odoo answers
 * 404). Uploads send the {@code ir.attachment.create} call with {@code datas} base64-encoded on the
 * fly from the input while the request is written. The client's response size cap applies to
 * neither. Thread-safe.
 */
public interface Attachments {

  /**
   * Streams an attachment's content to {@code out} (not closed).
   *
   * @param attachmentId the {@code ir.attachment} id
   * @param out where the content goes
   * @return the number of bytes written
   * @throws OdooMissingRecordException when Odoo answers 404: no such attachment, or not readable
   *     by the user
   * @throws OdooProtocolException when the transfer broke after bytes were written
   */
  long download(long attachmentId, OutputStream out);

  /**
   * Downloads an attachment into a file (temporary file moved in place when complete).
   *
   * @param attachmentId the {@code ir.attachment} id
   * @param target the file to create or replace
   * @return the number of bytes written
   */
  long download(long attachmentId, Path target);

  /**
   * Creates an attachment from a stream, read once while the request is sent. Not repeated after
   * the request started (the stream is consumed): a lost answer surfaces as {@link
   * OdooOutcomeUnknownException}.
   *
   * @param name file name
   * @param resModel the model the attachment belongs to, for example {@code stock.picking}
   * @param resId the record it belongs to, positive
   * @param content the bytes (not closed)
   * @return the new attachment's id
   */
  long upload(String name, String resModel, long resId, InputStream content);

  /**
   * Creates an attachment from a file; repeated once with a fresh session when Odoo reports the
   * session expired.
   *
   * @param name file name
   * @param resModel the model the attachment belongs to
   * @param resId the record it belongs to, positive
   * @param file the file to upload
   * @return the new attachment's id
   */
  long upload(String name, String resModel, long resId, Path file);
}
