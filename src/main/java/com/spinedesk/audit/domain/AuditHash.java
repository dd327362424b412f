package com.spinedesk.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The link of an entry in the audit log's hash chain: SHA-256 over the entry's content and the hash
 * of the entry before it. The content is written field by field with a separator that cannot occur
 * in any field's text, so no two different entries read the same.
 */
public final class AuditHash {
  /** The hash "before" the first entry of the chain. */
  public static final String START = "0".repeat(64);

  private static final char SEPARATOR = '\u001f';

  private AuditHash() {}

  public static String of(AuditEntry entry, String previousHash) {
    StringBuilder content = new StringBuilder();
    for (Object field :
        new Object[] {
          entry.getOccurredAt(),
          entry.getActor(),
          entry.getAction(),
          entry.getRecordType(),
          entry.getRecordId(),
          entry.getPatientId(),
          entry.getPatientMrn(),
          entry.getDetail(),
          previousHash
        }) {
      content.append(Objects.toString(field, "")).append(SEPARATOR);
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(content.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
