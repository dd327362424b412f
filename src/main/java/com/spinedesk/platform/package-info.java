/**
 * What every feature stands on: configuration, the database and its migrations, errors, and the
 * shared vocabulary (roles, bilingual text, languages).
 */
package com.spinedesk.platform;
