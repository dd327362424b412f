/**
 * Ordering imaging: drafting with guidance, signing, results, revoking, the open-orders list and
 * the requisition PDF. Clinicians order; the front desk sees status and prints requisitions.
 */
package com.spinedesk.imaging.application;
