/** Front-desk screens: register, find, view and edit patients. */
package com.spinedesk.patient.web;
