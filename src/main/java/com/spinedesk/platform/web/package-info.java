/**
 * Faces plumbing shared by all screens: localized messages and the one way a service's refusal
 * becomes them ({@link com.spinedesk.platform.web.Feedback}, on OmniFaces' messages), opening the
 * record a page's address names or answering 404 ({@link com.spinedesk.platform.web.Pages}), dates
 * and times as pages show them ({@link com.spinedesk.platform.web.Dates}), the error pages and
 * response headers, and the checks every input gets.
 */
package com.spinedesk.platform.web;
