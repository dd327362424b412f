/** A patient, the medical record number rule and the shape of a registry search. */
package com.spinedesk.patient.domain;
