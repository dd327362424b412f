package com.spinedesk.platform.web;

import com.spinedesk.platform.application.DatabaseOutage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import java.util.logging.Logger;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' handler that shows error pages for ajax requests too, taught the two failures that are
 * nobody's fault ({@link FailurePages}): the database unreachable shows "temporarily unavailable",
 * an expired page shows "this page has expired", and neither is logged as an error.
 */
public class FailureHandler extends FullAjaxExceptionHandler {
  private static final Logger LOG = Logger.getLogger(FailureHandler.class.getName());
  static final String UNAVAILABLE_PAGE = "/WEB-INF/errorpages/unavailable.xhtml";

  public FailureHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  protected String findErrorPageLocation(FacesContext context, Throwable exception) {
    return DatabaseOutage.isCause(exception)
        ? UNAVAILABLE_PAGE
        : super.findErrorPageLocation(context, exception);
  }

  @Override
  protected void logException(
      FacesContext context, Throwable exception, String location, LogReason reason) {
    if (DatabaseOutage.isCause(exception)) {
      LOG.warning(() -> "Database unreachable: " + FailurePages.rootMessage(exception));
    } else if (FailurePages.isExpiredView(exception)) {
      LOG.fine("An ajax request of a page the server no longer holds");
    } else if (FailurePages.isAccessRefused(exception)) {
      LOG.info("An ajax request refused by role");
    } else {
      super.logException(context, exception, location, reason);
    }
  }

  /** Registered in faces-config.xml in place of OmniFaces' own factory. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new FailureHandler(getWrapped().getExceptionHandler());
    }
  }
}
