/**
 * Imaging orders (X-ray, CT, MRI of the lumbar spine): the study catalogue, appropriateness
 * guidance matched against the patient's risk profile and the clinician's findings, the order's
 * life from draft to result, and the printed requisition.
 */
package com.spinedesk.imaging;
