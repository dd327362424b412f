package com.spinedesk.platform.domain;

import java.util.List;

/**
 * The role names, used by {@code @RolesAllowed} in services, by {@code web.xml} and by pages that
 * hide what a role cannot use. Services are the gate; pages only tidy up.
 */
public final class Roles {
  /** Registers and finds patients, runs intakes, prints. */
  public static final String FRONT_DESK = "FRONT_DESK";

  /** Examines, charts, orders imaging, issues home-care sheets. */
  public static final String CLINICIAN = "CLINICIAN";

  /** Manages accounts and catalogues, reads the audit log. */
  public static final String ADMIN = "ADMIN";

  public static final List<String> ALL = List.of(FRONT_DESK, CLINICIAN, ADMIN);

  private Roles() {}
}
