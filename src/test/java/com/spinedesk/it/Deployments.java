package com.spinedesk.it;

import com.spinedesk.testsupport.AsFrontDesk;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
    // Every in-container test class, not only the one deploying: one server serves them all
    // (OnePayaraPerRun).
    war.addClasses(inContainerTests(build.resolve("test-classes")));
    // Their annotation, which brings Arquillian's JUnit extension inside the server too.
    war.addClass(InPayara.class);
    // AssertJ (and the Byte Buddy it needs) for tests that run inside Payara.
    war.addAsLibraries(
        jarOf(org.assertj.core.api.Assertions.class), jarOf(net.bytebuddy.ByteBuddy.class));
    return war;
  }

  /** The compiled test classes that Arquillian runs inside Payara (nested classes come along). */
  private static Class<?>[] inContainerTests(Path testClasses) {
    try (Stream<Path> files = Files.walk(testClasses)) {
      return files
          .map(file -> testClasses.relativize(file).toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(Deployments::load)
          .filter(Deployments::runsInContainer)
          .toArray(Class<?>[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean runsInContainer(Class<?> type) {
    return type.isAnnotationPresent(InPayara.class);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Deployments.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
