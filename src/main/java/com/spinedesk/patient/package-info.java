/** The patient registry: registering, finding and editing the clinic's patients. */
package com.spinedesk.patient;
