/**
 * Home-care instruction sheets: built from a versioned template, the intake's risk profile and the
 * clinician's choices, printed as a tagged PDF and archived for good.
 */
package com.spinedesk.homecare;
