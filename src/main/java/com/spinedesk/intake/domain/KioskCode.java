package com.spinedesk.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A one-time code that opens one intake on the waiting-room tablet. Six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), typed in any case. Only the hash is stored.
 * Unclaimed, it lives {@link #UNCLAIMED_LIFETIME}; once a tablet claims it, that tablet may work
 * for {@link #CLAIMED_LIFETIME}; submission or a newer code ends it. It is never accepted twice.
 */
@Entity
@Table(name = "kiosk_code")
public class KioskCode {
  public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
  public static final int LENGTH = 6;
  public static final Duration UNCLAIMED_LIFETIME = Duration.ofMinutes(30);
  public static final Duration CLAIMED_LIFETIME = Duration.ofHours(2);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Why a code stopped working. */
  public enum EndReason {
    SUBMITTED,
    REPLACED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "intake_id", nullable = false, updatable = false)
  private long intakeId;

  @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
  private String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason", length = 20)
  private String endReason;

  protected KioskCode() {}

  public KioskCode(long intakeId, String code, String actor, Instant now) {
    this.intakeId = intakeId;
    this.codeHash = hash(code);
    this.createdAt = now;
    this.createdBy = actor;
    this.expiresAt = now.plus(UNCLAIMED_LIFETIME);
  }

  public static String newCode() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** What a person typed, tidied: upper case, spaces and dashes dropped. */
  public static String normalize(String typed) {
    return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }

  public static boolean looksLikeACode(String normalized) {
    return normalized.length() == LENGTH
        && normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  public static String hash(String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(normalize(code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Can a tablet claim it now? Only once, before it expires, while nothing ended it. */
  public boolean claimable(Instant now) {
    return claimedAt == null && endedAt == null && now.isBefore(expiresAt);
  }

  /** Does the tablet that claimed it still have it? */
  public boolean activeForTablet(Instant now) {
    return claimedAt != null && endedAt == null && now.isBefore(expiresAt);
  }

  public boolean isOpen(Instant now) {
    return endedAt == null && now.isBefore(expiresAt);
  }

  public void claim(Instant now) {
    this.claimedAt = now;
    this.expiresAt = now.plus(CLAIMED_LIFETIME);
  }

  public void end(EndReason reason, Instant now) {
    if (endedAt == null) {
      this.endedAt = now;
      this.endReason = reason.name();
    }
  }

  public Long getId() {
    return id;
  }

  public long getIntakeId() {
    return intakeId;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
