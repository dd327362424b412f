package com.spinedesk.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who changed a record and when: the {@code updated_by} and {@code updated_at} columns every
 * editable table has, mapped once instead of in each entity (a table that also keeps who created it
 * maps {@code created_by} and {@code created_at} with it through {@code @AttributeOverride}). A
 * stamp never changes; the next change replaces it.
 */
@Embeddable
public class ChangeStamp implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String actor;

  @Convert(converter = UtcInstantConverter.class)
  @Column(name = "updated_at", nullable = false)
  private Instant at;

  protected ChangeStamp() {}

  private ChangeStamp(String actor, Instant at) {
    this.actor = actor;
    this.at = at;
  }

  public static ChangeStamp of(String actor, Instant at) {
    return new ChangeStamp(actor, at);
  }

  /** The user name of who made the change. */
  public String actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }
}
