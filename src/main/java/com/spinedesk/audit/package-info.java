/** The append-only record of who read or changed what, and when. */
package com.spinedesk.audit;
