package com.spinedesk.security.web;

import com.spinedesk.platform.domain.Roles;
import com.spinedesk.security.application.SignIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.List;

/**
 * Who is signed in, for the header and for hiding what a role cannot use. Services check roles
 * themselves; this only keeps pages tidy.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @EJB private SignIn signIn;

  public String getName() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }

  /** The role keys of the messages bundle, e.g. {@code role.FRONT_DESK}. */
  public List<String> getRoleKeys() {
    return Roles.ALL.stream()
        .filter(securityContext::isCallerInRole)
        .map(r -> "role." + r)
        .toList();
  }

  public boolean isFrontDesk() {
    return securityContext.isCallerInRole(Roles.FRONT_DESK);
  }

  public boolean isClinician() {
    return securityContext.isCallerInRole(Roles.CLINICIAN);
  }

  public boolean isAdmin() {
    return securityContext.isCallerInRole(Roles.ADMIN);
  }

  /** Works with patients: front desk and clinicians. */
  public boolean isPatientStaff() {
    return isFrontDesk() || isClinician();
  }

  public void signOut() throws ServletException, IOException {
    ExternalContext external = faces.getExternalContext();
    String name = getName();
    if (!name.isEmpty()) {
      signIn.signedOut(name);
    }
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}
