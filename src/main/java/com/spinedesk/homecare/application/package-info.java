/**
 * Loading and checking the templates, preparing, issuing and reprinting sheets. Only clinicians
 * issue; the front desk reprints the archived PDF. Everything is audited.
 */
package com.spinedesk.homecare.application;
