package com.spinedesk.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's own settings, read from configuration (environment variables such as {@code
 * SPINEDESK_CLINIC_NAME}, or system properties). Defaults live in {@code
 * META-INF/microprofile-config.properties}. Named for the pages, which show the clinic's name and a
 * demo-mode banner.
 */
@Named
@ApplicationScoped
public class ClinicSettings {

  @Inject
  @ConfigProperty(name = "spinedesk.clinic.name")
  String clinicName;

  @Inject
  @ConfigProperty(name = "spinedesk.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "spinedesk.clinic.time-zone")
  Optional<String> timeZone;

  /** The zone the clinic works in: dates typed and times shown are in it; storage is UTC. */
  public ZoneId zone() {
    return timeZone.map(ZoneId::of).orElse(ZoneId.systemDefault());
  }

  public String clinicName() {
    return clinicName;
  }

  /** Demo mode loads the demo users and patients from {@code seeds/demo} and says so on screen. */
  public boolean demo() {
    return demo;
  }
}
