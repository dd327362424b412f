/** The registry service: every read and change of a patient is role-checked and audited. */
package com.spinedesk.patient.application;
