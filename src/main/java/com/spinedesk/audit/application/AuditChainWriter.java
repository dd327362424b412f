package com.spinedesk.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Marks where business calls begin and end, so that {@link AuditChain} writes a transaction's audit
 * entries as its outermost call ends. A default interceptor of every EJB (WEB-INF/ejb-jar.xml),
 * start-up work in {@code @PostConstruct} included.
 */
public class AuditChainWriter {

  @Inject private AuditChain chain;

  @AroundInvoke
  Object businessCall(InvocationContext call) throws Exception {
    return chain.around(call::proceed);
  }

  @PostConstruct
  void startUp(InvocationContext call) throws Exception {
    chain.around(call::proceed);
  }
}
