/** What every feature stands on: configuration, the database and its migrations, errors. */
package com.spinedesk.platform;
