package org.bilateral.common.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The page cache's settings.
 *
 * @param enabled whether rendered public pages are kept and revalidated by ETag
 * @param maxSize how much memory rendered pages may take in all; the least used go first
 */
@ConfigurationProperties("bilateral.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize) {

}
