package com.spinedesk.platform.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 checksums in hex: they prove a questionnaire or template definition unchanged and an
 * archived PDF the one that was issued. Apart from {@link Seeds}, as they hash more than seeds.
 */
public final class Hashes {

  private Hashes() {}

  /** The SHA-256 of a text, encoded as UTF-8, in hex. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of bytes, in hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
