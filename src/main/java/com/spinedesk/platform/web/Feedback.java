package com.spinedesk.platform.web;

import com.spinedesk.platform.application.FieldsRefused;
import com.spinedesk.platform.application.Messages;
import com.spinedesk.platform.application.RequestRefused;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;

/**
 * Puts localized messages on the page: beside the field at fault when there is one, at the top
 * otherwise. Message keys come from the {@code messages} bundle, read in the page's language; the
 * messages themselves are added with OmniFaces' {@link org.omnifaces.util.Messages}, whose resolver
 * is {@link #text} ({@link MessageResolver}).
 *
 * <p>{@link #attempt} is the one way a page turns a service's refusal into messages.
 */
public final class Feedback {

  private Feedback() {}

  /** The text of {@code key} in the page's language, or the key itself when there is none. */
  public static String text(String key, Object... arguments) {
    return Messages.in(Faces.getLocale()).text(key, arguments);
  }

  public static void info(String key, Object... arguments) {
    org.omnifaces.util.Messages.addGlobalInfo(key, arguments);
  }

  public static void warn(String key, Object... arguments) {
    org.omnifaces.util.Messages.addGlobalWarn(key, arguments);
  }

  public static void error(String key, Object... arguments) {
    org.omnifaces.util.Messages.addGlobalError(key, arguments);
  }

  /**
   * Keeps this request's messages for the page a redirect leads to (the Faces flash), so "Saved"
   * still shows after post-redirect-get.
   */
  public static void keptForNextPage() {
    Faces.getFlash().setKeepMessages(true);
  }

  /**
   * A message for one part of a page with several forms (shown by {@code <h:messages for="that
   * part">}), so it does not repeat in every form's global messages.
   */
  public static void on(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    org.omnifaces.util.Messages.add(severity, clientId, key, arguments);
  }

  /** Shows why a service refused; beside the field {@code formId:field} when that exists. */
  public static void refused(RequestRefused refusal, String formId) {
    on(
        fieldClientId(formId, refusal.field()),
        FacesMessage.SEVERITY_ERROR,
        refusal.messageKey(),
        refusal.arguments());
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** A service call whose refusals show at the top of the page. */
  public static Attempt attempt() {
    return new Attempt(null);
  }

  /**
   * A service call made from the form {@code formId}, whose refusals show beside that form's fields
   * (at the top when the field is not on the form).
   */
  public static Attempt attempt(String formId) {
    return new Attempt(formId);
  }

  /**
   * A service call from a page and what becomes of its refusal: a {@link RequestRefused} is shown
   * beside its field (each field of a {@link FieldsRefused}), the constraint violations of a
   * tampered request likewise; anything else is a fault and goes on to the error pages. A page
   * names the refusals it shows its own way with {@link #when}, checked in the order given, before
   * all that.
   */
  public static final class Attempt {
    private final String formId;
    private final List<Special<?>> specials = new ArrayList<>();
    private Supplier<String> doneBefore = () -> null;

    private Attempt(String formId) {
      this.formId = formId;
    }

    private record Special<E extends RuntimeException>(Class<E> type, Consumer<? super E> shown) {
      void show(RuntimeException refusal) {
        shown.accept(type.cast(refusal));
      }
    }

    /** Refusals of this type are shown by {@code shown} instead. */
    public <E extends RuntimeException> Attempt when(Class<E> type, Consumer<? super E> shown) {
      specials.add(new Special<>(type, shown));
      return this;
    }

    /**
     * A double click sends a form twice, and the second request collides with the first (the same
     * one-time token): when the call fails for no reason the person could act on, {@code
     * outcomeOfTheFirst} finds what the first request made and returns where to show it, or null.
     */
    public Attempt orDoneBefore(Supplier<String> outcomeOfTheFirst) {
      this.doneBefore = outcomeOfTheFirst;
      return this;
    }

    /** Runs {@code call}; a refusal is shown on the page, which stays. */
    public void run(Runnable call) {
      try {
        call.run();
      } catch (RuntimeException failure) {
        handle(failure);
      }
    }

    /**
     * Runs {@code call} and returns its navigation outcome; null (stay on the page) when it was
     * refused, or the first request's outcome after a double click.
     */
    public String outcome(Supplier<String> call) {
      try {
        return call.get();
      } catch (RuntimeException failure) {
        return handle(failure);
      }
    }

    /**
     * Shows the refusal {@code failure}, for a page that catches it itself; rethrows a failure that
     * is not a refusal. Returns the navigation outcome: null, or the first request's after a double
     * click.
     */
    public String handle(RuntimeException failure) {
      for (Special<?> special : specials) {
        if (special.type().isInstance(failure)) {
          special.show(failure);
          return null;
        }
      }
      if (failure instanceof FieldsRefused refused) {
        refused
            .problems()
            .forEach(
                p ->
                    refused(
                        RequestRefused.onField(p.field(), p.messageKey(), p.arguments().toArray()),
                        formId));
        return null;
      }
      if (failure instanceof RequestRefused refused) {
        refused(refused, formId);
        return null;
      }
      // A role that may not do this is the "Not allowed" page (FailurePages), never a message.
      if (failure instanceof EJBException ejb && !(failure instanceof EJBAccessException)) {
        String first = doneBefore.get();
        if (first != null) {
          return first;
        }
        if (violations(ejb, formId)) {
          return null;
        }
      }
      throw failure;
    }
  }

  /**
   * Shows the constraint violations a service found (only reachable with a tampered request,
   * because the page validates the same constraints first).
   */
  private static boolean violations(EJBException failure, String formId) {
    Throwable cause = failure;
    while (cause != null && !(cause instanceof ConstraintViolationException)) {
      cause = cause.getCause();
    }
    if (cause == null) {
      return false;
    }
    for (ConstraintViolation<?> violation :
        ((ConstraintViolationException) cause).getConstraintViolations()) {
      String path = violation.getPropertyPath().toString();
      String field = path.substring(path.lastIndexOf('.') + 1);
      String clientId = fieldClientId(formId, field);
      // Already in the reader's language (Bean Validation's own bundle): added as it is.
      org.omnifaces.util.Messages.add(
          clientId,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              label(clientId, field) + ": " + violation.getMessage(),
              null));
    }
    FacesContext.getCurrentInstance().validationFailed();
    return true;
  }

  private static String fieldClientId(String formId, String field) {
    if (formId == null || field == null) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String clientId = formId + ":" + field;
    UIComponent component = faces.getViewRoot().findComponent(":" + clientId);
    return component == null ? null : clientId;
  }

  /** The field as the person sees it: its input's label, or the property name when it has none. */
  private static String label(String clientId, String field) {
    if (clientId == null) {
      return field;
    }
    Object label =
        FacesContext.getCurrentInstance()
            .getViewRoot()
            .findComponent(":" + clientId)
            .getAttributes()
            .get("label");
    return label == null ? field : label.toString();
  }
}
