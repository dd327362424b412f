package com.spinedesk.platform.application;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a search whose parts are each optional (the patient search, the audit log's
 * filter), collected with the parameters each part names, so a clause and the value it needs are
 * written in one place instead of in a {@code where()} and a {@code bind()} that must agree.
 */
public final class Criteria {
  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds a clause, joined to the others with {@code and}; {@link #with} gives its parameters. */
  public Criteria and(String clause) {
    clauses.add(clause);
    return this;
  }

  /** A named parameter of the clauses. */
  public Criteria with(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  /** {@code " where a and b"}, or nothing when no clause was added. */
  public String where() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  /** The parameters by name, in the order they were given. */
  public Map<String, Object> parameters() {
    return Collections.unmodifiableMap(parameters);
  }

  /** Sets every parameter on the query (made from a text that includes {@link #where()}). */
  public <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
