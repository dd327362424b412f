package com.spinedesk.platform.application;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An XHTML document for printing, built as a DOM rather than as a string: every text goes in as a
 * text node, so a name or a note that contains markup prints as the characters typed and can never
 * become markup.
 */
public final class Html {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private final Document document;
  private final Element body;

  private Html(Document document, Element body) {
    this.document = document;
    this.body = body;
  }

  /** A page in {@code language} with its title (read by screen readers) and its style sheet. */
  public static Html page(String language, String title, String css) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder().newDocument();
      Element html = document.createElementNS(XHTML, "html");
      html.setAttribute("lang", language);
      document.appendChild(html);
      Element head = document.createElementNS(XHTML, "head");
      html.appendChild(head);
      Element titleElement = document.createElementNS(XHTML, "title");
      titleElement.setTextContent(title);
      head.appendChild(titleElement);
      Element style = document.createElementNS(XHTML, "style");
      style.setTextContent(css);
      head.appendChild(style);
      Element body = document.createElementNS(XHTML, "body");
      html.appendChild(body);
      return new Html(document, body);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  public Element body() {
    return body;
  }

  /** Appends an element with the given CSS classes ("" for none). */
  public Element add(Element parent, String tag, String classes) {
    Element element = document.createElementNS(XHTML, tag);
    if (!classes.isEmpty()) {
      element.setAttribute("class", classes);
    }
    parent.appendChild(element);
    return element;
  }

  /** Appends an element holding the text (as text, never markup). */
  public Element text(Element parent, String tag, String classes, String text) {
    Element element = add(parent, tag, classes);
    element.setTextContent(text == null ? "" : text);
    return element;
  }

  /** Appends a text node without an element around it. */
  public void append(Element parent, String text) {
    parent.appendChild(document.createTextNode(text == null ? "" : text));
  }

  public Document document() {
    return document;
  }
}
