/**
 * Runs the embedded MariaDB beside Payara Micro, outside the WAR: for {@code ./mvnw -Prun} and for
 * the integration tests. Production uses an external MySQL and none of this.
 */
package com.spinedesk.devserver;
