package com.spinedesk.it;

import com.spinedesk.testsupport.AsFrontDesk;
import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test uses: the WAR the build just produced, so the tests run the
 * real artifact, plus a library with the test support package, a role mapping for its
 * {@code @RunAs} beans, and an open door for Arquillian's own servlet.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive spineDesk() {
    Path build = Path.of(System.getProperty("spinedesk.build.directory", "target"));
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, build.resolve("spinedesk.war").toFile());
    war.delete("/WEB-INF/glassfish-web.xml");
    war.addAsWebInfResource(
        new File("src/test/resources/deployment/glassfish-web.xml"), "glassfish-web.xml");
    war.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "spinedesk-test-support.jar")
            .addPackage(AsFrontDesk.class.getPackage())
            .addAsManifestResource(
                new File("src/test/resources/deployment/web-fragment.xml"), "web-fragment.xml"));
    // AssertJ (and the Byte Buddy it needs) for tests that run inside Payara.
    war.addAsLibraries(
        jarOf(org.assertj.core.api.Assertions.class), jarOf(net.bytebuddy.ByteBuddy.class));
    return war;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
