package com.spinedesk.intake.web;

import com.spinedesk.intake.application.IntakeDesk;
import com.spinedesk.intake.application.IntakeForm;
import com.spinedesk.platform.web.Feedback;
import com.spinedesk.platform.web.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/** Staff fill in an intake at the desk with the patient, page by page. */
@Named
@ViewScoped
public class AnswerIntake extends QuestionnaireWizard {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private IntakeDesk desk;

  private Long id;

  public void open() throws IOException {
    Pages.openOrNotFound(
        () -> {
          IntakeForm loaded = desk.open(id).form();
          if (loaded.status().isFinal()) {
            Faces.redirect("intake/intake.xhtml?id=%s", id);
            return;
          }
          begin(loaded);
        });
  }

  @Override
  protected IntakeForm savePage(long responseId, String pageLinkId, Map<String, List<String>> raw) {
    return desk.savePage(id, responseId, pageLinkId, raw);
  }

  @Override
  protected void submitIntake() {
    desk.submit(id);
    Feedback.info("intake.submitted");
    Feedback.keptForNextPage();
    FacesContext faces = FacesContext.getCurrentInstance();
    faces
        .getApplication()
        .getNavigationHandler()
        .handleNavigation(faces, null, "/intake/intake?faces-redirect=true&id=" + id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
