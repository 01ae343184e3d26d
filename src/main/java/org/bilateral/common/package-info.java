/**
 * What every feature shares: partial dates, slugs, audited entities, the database set-up,
 * the web layer's error pages and form helpers, and the admin pages every record type
 * uses. An open module: the features use its sub-packages directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.bilateral.common;

import org.springframework.modulith.ApplicationModule;
