package com.spinedesk.intake.web;

import com.spinedesk.intake.application.KioskAccess;
import com.spinedesk.platform.web.ClientAddress;
import com.spinedesk.platform.web.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The tablet's first screen: the patient (or staff) types the code from the front desk. */
@Named
@RequestScoped
public class KioskSignIn {

  @EJB private KioskAccess kiosk;
  @Inject private KioskSession session;

  private String code;

  public String enter() {
    return Feedback.attempt("kioskForm").outcome(this::claim);
  }

  private String claim() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    var grant = kiosk.claim(code, ClientAddress.of(request));
    // A new session id once the tablet holds a grant, so an id seen before cannot ride on it.
    request.changeSessionId();
    session.start(grant);
    return "/kiosk/intake?faces-redirect=true";
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
