/**
 * Ordering imaging: drafting with guidance, signing, results, revoking, the open-orders list and
 * the requisition PDF. Four services share the work: {@code ImagingGuidance} (the guidance beside
 * the order form), {@code ImagingOrders} (an order's life from draft to result), {@code
 * ImagingWorklist} (the open-orders list) and {@code Requisitions} (printing). Clinicians order;
 * the front desk sees status and prints requisitions.
 */
package com.spinedesk.imaging.application;
