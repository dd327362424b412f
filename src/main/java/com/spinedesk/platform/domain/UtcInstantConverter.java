package com.spinedesk.platform.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@link Instant} as a {@code DATETIME(6)} in UTC. JPA 3.1 has no mapping for Instant;
 * the driver writes the Timestamp in the connection's time zone, which the data source pins to UTC,
 * so the server's own zone never shifts stored times.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
