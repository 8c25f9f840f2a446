package io.github.odooconnector.edi.api;

/**
 * The envelope of a received interchange: who sent it to whom, with which control number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param standard X12 or EDIFACT
 * @param senderQualifier the sender's id qualifier
 * @param senderId the sender's interchange id (trimmed)
 * @param receiverQualifier the receiver's id qualifier
 * @param receiverId the receiver's interchange id (trimmed)
 * @param controlNumber the interchange control number (ISA13, UNB 0020)
 * @param test whether the sender marked the interchange as test data
 */
public record InterchangeHeader(
    EdiStandard standard,
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    String controlNumber,
    boolean test) {}
