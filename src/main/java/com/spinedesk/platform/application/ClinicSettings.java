package com.spinedesk.platform.application;

import com.spinedesk.platform.domain.Paper;
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

  @Inject
  @ConfigProperty(name = "spinedesk.clinic.address")
  Optional<String> address;

  @Inject
  @ConfigProperty(name = "spinedesk.clinic.phone")
  Optional<String> phone;

  @Inject
  @ConfigProperty(name = "spinedesk.print.paper", defaultValue = "LETTER")
  String paper;

  /** The zone the clinic works in: dates typed and times shown are in it; storage is UTC. */
  public ZoneId zone() {
    return timeZone.map(ZoneId::of).orElse(ZoneId.systemDefault());
  }

  public String clinicName() {
    return clinicName;
  }

  /** The clinic's postal address for printed documents; empty when not configured. */
  public String address() {
    return address.orElse("");
  }

  /** The clinic's phone number for printed documents; empty when not configured. */
  public String phone() {
    return phone.orElse("");
  }

  /** The paper printed documents are laid out for: Letter (default) or A4. */
  public Paper paper() {
    return "A4".equalsIgnoreCase(paper.strip()) ? Paper.A4 : Paper.LETTER;
  }

  /** Demo mode loads the demo users and patients from {@code seeds/demo} and says so on screen. */
  public boolean demo() {
    return demo;
  }
}
