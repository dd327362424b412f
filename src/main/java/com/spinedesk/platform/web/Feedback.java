package com.spinedesk.platform.web;

import com.spinedesk.platform.application.RequestRefused;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts localized messages on the page: beside the field at fault when there is one, at the top
 * otherwise. Message keys come from the {@code messages} bundle.
 */
public final class Feedback {

  private Feedback() {}

  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle("messages", faces.getViewRoot().getLocale());
    try {
      String pattern = bundle.getString(key);
      return arguments.length == 0
          ? pattern
          : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public static void warn(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_WARN, text(key, arguments));
  }

  public static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /**
   * A message for one part of a page with several forms (shown by {@code <h:messages for="that
   * part">}), so it does not repeat in every form's global messages.
   */
  public static void on(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    add(clientId, severity, text(key, arguments));
  }

  /** Shows why a service refused; beside the field {@code formId:field} when that exists. */
  public static void refused(RequestRefused refusal, String formId) {
    String message = text(refusal.messageKey(), refusal.arguments());
    add(fieldClientId(formId, refusal.field()), FacesMessage.SEVERITY_ERROR, message);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * Shows the constraint violations a service found (only reachable with a tampered request,
   * because the page validates the same constraints first).
   */
  public static boolean violations(EJBException failure, String formId) {
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
      add(
          clientId,
          FacesMessage.SEVERITY_ERROR,
          label(clientId, field) + ": " + violation.getMessage());
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

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
