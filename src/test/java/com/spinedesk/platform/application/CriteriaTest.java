package com.spinedesk.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriteriaTest {

  @Test
  void joinsTheClausesWithAndAndBindsEveryParameter() {
    Criteria criteria =
        new Criteria()
            .and("x.a = :a")
            .with("a", 1)
            .and("(x.b like :b or x.c like :b)")
            .with("b", "q%");
    Map<String, Object> bound = new LinkedHashMap<>();
    Query query =
        (Query)
            Proxy.newProxyInstance(
                Query.class.getClassLoader(),
                new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setParameter") && args[0] instanceof String name) {
                    bound.put(name, args[1]);
                  }
                  return proxy;
                });

    assertThat(criteria.where()).isEqualTo(" where x.a = :a and (x.b like :b or x.c like :b)");
    assertThat(criteria.bind(query)).isSameAs(query);
    assertThat(bound).containsExactly(Map.entry("a", 1), Map.entry("b", "q%"));
  }

  @Test
  void noClauseMakesNoWhere() {
    assertThat(new Criteria().where()).isEmpty();
  }
}
