package com.spinedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spinedesk.platform.application.ConcurrentChange;
import com.spinedesk.platform.application.FieldsRefused;
import com.spinedesk.platform.application.FieldsRefused.FieldProblem;
import com.spinedesk.platform.application.RequestRefused;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one way from a service's refusal to messages on the page ({@link Feedback#attempt}): which
 * refusal becomes which message, in the page's language, and which failures go on to the error
 * pages. Runs outside a server with a small stand-in for the Faces context.
 */
class FeedbackTest {

  /** What the page was told: the client id (null for the top of the page) and the message. */
  record Told(String clientId, FacesMessage.Severity severity, String text) {}

  private Page page;

  @BeforeAll
  static void resolver() {
    new MessageResolver().register(null);
  }

  @BeforeEach
  void english() {
    page = new Page(Locale.ENGLISH);
  }

  @AfterEach
  void release() {
    page.release();
  }

  @Test
  void aRefusalIsShownInThePagesLanguageAndFailsValidation() {
    Feedback.attempt().run(throwing(new RequestRefused("record.notFound")));
    assertThat(page.told)
        .containsExactly(
            new Told(null, FacesMessage.SEVERITY_ERROR, "That record does not exist."));
    assertThat(page.validationFailed).isTrue();

    page.release();
    page = new Page(Locale.forLanguageTag("es"));
    Feedback.attempt().run(throwing(new RequestRefused("record.notFound")));
    assertThat(page.told).extracting(Told::text).containsExactly("Ese registro no existe.");
  }

  @Test
  void messagesAreFormattedWithTheirArgumentsAndAnUnknownKeyIsShownAsItIs() {
    Feedback.info("form.fixFields", 2);
    Feedback.warn("no.such.key");
    assertThat(page.told)
        .containsExactly(
            new Told(
                null,
                FacesMessage.SEVERITY_INFO,
                "Please correct the 2 fields marked below; nothing was saved."),
            new Told(null, FacesMessage.SEVERITY_WARN, "no.such.key"));
    assertThat(Feedback.text("form.fixFields", 1))
        .isEqualTo("Please correct the field marked below; nothing was saved.");
  }

  @Test
  void eachFieldOfAFormRefusedIsShown() {
    Feedback.attempt()
        .run(
            throwing(
                new FieldsRefused(
                    List.of(
                        FieldProblem.of("a", "record.notFound"),
                        FieldProblem.of("b", "form.fixFields", 1)))));
    assertThat(page.told)
        .extracting(Told::text)
        .containsExactly(
            "That record does not exist.",
            "Please correct the field marked below; nothing was saved.");
  }

  @Test
  void aRefusalThePageShowsItsOwnWayIsNotShownTwice() {
    List<String> shown = new ArrayList<>();
    String outcome =
        Feedback.attempt("form")
            .when(ConcurrentChange.class, changed -> shown.add(changed.changedBy()))
            .when(RequestRefused.class, refused -> shown.add("any other refusal"))
            .outcome(
                () -> {
                  throw new ConcurrentChange("clinician2", Instant.EPOCH);
                });
    assertThat(outcome).isNull();
    assertThat(shown).containsExactly("clinician2");
    assertThat(page.told).isEmpty();
  }

  @Test
  void theOutcomeOfACallThatWasNotRefusedIsKept() {
    assertThat(Feedback.attempt().outcome(() -> "/next?faces-redirect=true"))
        .isEqualTo("/next?faces-redirect=true");
    assertThat(page.told).isEmpty();
  }

  @Test
  void aDoubleClickShowsWhatTheFirstRequestMade() {
    String outcome =
        Feedback.attempt("form")
            .orDoneBefore(() -> "/view?faces-redirect=true&id=7")
            .outcome(
                () -> {
                  throw new EJBException("duplicate token");
                });
    assertThat(outcome).isEqualTo("/view?faces-redirect=true&id=7");
    assertThat(page.told).isEmpty();
  }

  @Test
  void theConstraintViolationsOfATamperedRequestAreShownWithTheField() {
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      var violations = validation.getValidator().validate(new Form(" "));
      EJBException failure =
          new EJBException(new ConstraintViolationException(Set.copyOf(violations)));
      Feedback.attempt().run(throwing(failure));
    }
    assertThat(page.told).extracting(Told::clientId).containsExactly((String) null);
    assertThat(page.told.get(0).text()).startsWith("name: ");
    assertThat(page.validationFailed).isTrue();
  }

  @Test
  void faultsAndRefusalsByRoleGoOnToTheErrorPages() {
    EJBException fault = new EJBException("database gone");
    EJBAccessException notAllowed = new EJBAccessException("not in role");
    IllegalStateException bug = new IllegalStateException("bug");
    Feedback.Attempt attempt = Feedback.attempt().orDoneBefore(() -> "/somewhere");

    assertThatThrownBy(() -> Feedback.attempt().run(throwing(fault))).isSameAs(fault);
    assertThatThrownBy(() -> attempt.run(throwing(notAllowed))).isSameAs(notAllowed);
    assertThatThrownBy(() -> attempt.run(throwing(bug))).isSameAs(bug);
    assertThat(page.told).isEmpty();
  }

  private static Runnable throwing(RuntimeException failure) {
    return () -> {
      throw failure;
    };
  }

  /** A bean with one constraint, for a violation like a service's. */
  record Form(@NotBlank String name) {}

  /** Just enough of a Faces request: the view's language, and the messages added to it. */
  private static final class Page extends FacesContextWrapper {
    final List<Told> told = new ArrayList<>();
    boolean validationFailed;
    private final Map<String, Object> applicationMap = new HashMap<>();
    private final UIViewRoot viewRoot;

    Page(Locale locale) {
      super(null);
      setCurrentInstance(this);
      viewRoot =
          new UIViewRoot() {
            @Override
            public Locale getLocale() {
              return locale;
            }
          };
    }

    @Override
    public void addMessage(String clientId, FacesMessage message) {
      told.add(new Told(clientId, message.getSeverity(), message.getSummary()));
    }

    @Override
    public void validationFailed() {
      validationFailed = true;
    }

    @Override
    public boolean isValidationFailed() {
      return validationFailed;
    }

    @Override
    public UIViewRoot getViewRoot() {
      return viewRoot;
    }

    /** Components keep what they know of their own class in the application map. */
    @Override
    public ExternalContext getExternalContext() {
      return new ExternalContextWrapper(null) {
        @Override
        public Map<String, Object> getApplicationMap() {
          return applicationMap;
        }
      };
    }

    @Override
    public void release() {
      setCurrentInstance(null);
    }
  }
}
