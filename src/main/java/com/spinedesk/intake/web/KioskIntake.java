package com.spinedesk.intake.web;

import com.spinedesk.intake.application.IntakeForm;
import com.spinedesk.intake.application.KioskAccess;
import com.spinedesk.platform.application.RequestRefused;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.web.Feedback;
import com.spinedesk.platform.web.LanguagePreference;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The patient answers their intake on the tablet: this one questionnaire and nothing else. When the
 * code ends (submitted, replaced, timed out) the tablet returns to the code screen.
 */
@Named
@ViewScoped
public class KioskIntake extends QuestionnaireWizard {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private KioskAccess kiosk;
  @Inject private KioskSession session;
  @Inject private LanguagePreference languagePreference;

  public void open() {
    if (!session.isActive()) {
      toCodeScreen(null);
      return;
    }
    try {
      begin(kiosk.open(session.grant()));
      languagePreference.setLanguage(getLanguage().name().toLowerCase(java.util.Locale.ROOT));
    } catch (RequestRefused ended) {
      toCodeScreen(ended);
    }
  }

  @Override
  protected IntakeForm savePage(long responseId, String pageLinkId, Map<String, List<String>> raw) {
    try {
      return kiosk.savePage(session.grant(), responseId, pageLinkId, raw);
    } catch (RequestRefused refused) {
      if ("kiosk.sessionEnded".equals(refused.messageKey())) {
        toCodeScreen(refused);
      }
      throw refused;
    }
  }

  @Override
  protected void submitIntake() {
    kiosk.submit(session.grant());
    session.end();
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getApplication()
        .getNavigationHandler()
        .handleNavigation(faces, null, "/kiosk/done?faces-redirect=true");
  }

  /** The patient switches the tablet's language; answers stay as they are. */
  public void speak(String language) {
    Language chosen = Language.valueOf(language);
    setLanguage(chosen);
    languagePreference.setLanguage(chosen.name().toLowerCase(java.util.Locale.ROOT));
  }

  private void toCodeScreen(RequestRefused why) {
    session.end();
    if (why != null) {
      Feedback.error(why.messageKey());
      Feedback.keptForNextPage();
    }
    Faces.redirect("kiosk/index.xhtml");
  }
}
