package org.bilateral.common.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One public page in the sitemap.
 *
 * @param path the page's address on the portal, starting with {@code /}
 * @param lastModified when the records the page shows last changed, if known
 */
public record SitemapEntry(String path, @Nullable Instant lastModified) {

}
