package com.spinedesk.it;

import com.spinedesk.testsupport.AsFrontDesk;
import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test uses: the WAR the build just produced, so the tests run the
 * real artifact, plus the test support package and a role mapping for its {@code @RunAs} beans.
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
    war.addPackage(AsFrontDesk.class.getPackage());
    return war;
  }
}
