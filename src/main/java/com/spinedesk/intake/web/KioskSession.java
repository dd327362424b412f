package com.spinedesk.intake.web;

import com.spinedesk.intake.application.KioskGrant;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;

/**
 * The grant a tablet's browser session holds after its code was accepted. It is only a key: the
 * service checks it against the code on every request.
 */
@Named
@SessionScoped
public class KioskSession implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private KioskGrant grant;

  public KioskGrant grant() {
    return grant;
  }

  void start(KioskGrant grant) {
    this.grant = grant;
  }

  void end() {
    this.grant = null;
  }

  public boolean isActive() {
    return grant != null;
  }
}
