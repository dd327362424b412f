package com.spinedesk.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for every in-container test class of a run. The Payara Micro connector boots a
 * server on each class's deploy and ends it on undeploy; the boot is most of a class's time, and
 * every class deploys the same WAR ({@link Deployments#spineDesk()}, which carries all of them). So
 * the first deploy boots, later ones are answered with its address, and the server ends when
 * Arquillian stops the container at the end of the run (or with the test JVM). Test classes stay
 * independent as they were: each makes its own patients and accounts in the shared database.
 */
public final class OnePayaraPerRun implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, Shared.class);
  }

  /** The connector's container, deploying once and undeploying at the end of the run. */
  public static final class Shared extends PayaraMicroDeployableContainer {
    private ProtocolMetaData deployed;
    private Archive<?> archive;

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
      if (deployed == null) {
        deployed = super.deploy(archive);
        this.archive = archive;
      }
      return deployed;
    }

    @Override
    public void undeploy(Archive<?> archive) {
      // Kept running for the next class; stop() ends it.
    }

    @Override
    public synchronized void stop() {
      if (deployed != null) {
        try {
          super.undeploy(archive);
        } catch (DeploymentException e) {
          throw new IllegalStateException(e);
        }
        deployed = null;
      }
    }
  }
}
