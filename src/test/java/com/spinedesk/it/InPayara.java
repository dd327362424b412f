package com.spinedesk.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that runs inside SpineDesk in Payara Micro (Arquillian, {@link
 * Deployments#spineDesk()}). Such classes take turns: Arquillian drives one class at a time. The
 * tests that reach SpineDesk only through HTTP or a browser run beside them (the integration tests
 * run two classes at once, see pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArquillianExtension.class)
@ResourceLock(InPayara.ARQUILLIAN)
public @interface InPayara {
  /** The lock in-container classes hold while they run. */
  String ARQUILLIAN = "arquillian";
}
