/**
 * Sheet templates (parameters with their safe bounds, sections), the clinician's choices, and the
 * pure rules that compose a sheet: prevention chosen by risk factors, safety rules, order.
 */
package com.spinedesk.homecare.domain;
