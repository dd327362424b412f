package com.spinedesk.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.omnifaces.util.Messages;

/**
 * Teaches OmniFaces' {@link Messages} to read message keys from the {@code messages} bundle in the
 * page's language ({@link Feedback#text}), once, when the application starts: without it OmniFaces
 * would show the keys themselves.
 */
@ApplicationScoped
public class MessageResolver {

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Messages.setResolver(Feedback::text);
  }
}
