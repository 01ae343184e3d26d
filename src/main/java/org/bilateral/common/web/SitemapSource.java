package org.bilateral.common.web;

import java.util.List;

/**
 * A feature's public pages, for the sitemap: each feature that serves pages declares them
 * through a bean of this type, so the sitemap knows no feature and lists every page any
 * of them adds. Implementations read their pages in a fixed number of statements.
 */
public interface SitemapSource {

	/** The feature's public pages, each with when its records last changed. */
	List<SitemapEntry> sitemapEntries();

}
