/**
 * Loading and checking the templates, preparing, previewing, issuing and reprinting sheets; the
 * preview and the issued PDF are laid out by the same step. Only clinicians prepare and issue; the
 * front desk reprints the archived PDF. Every read, issue and print is audited (a preview is
 * covered by the audited read of the page that shows it).
 */
package com.spinedesk.homecare.application;
