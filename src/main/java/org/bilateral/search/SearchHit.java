package org.bilateral.search;

/**
 * One record found: its type ("visits"), its address, its title and an extract of its
 * text with the matching words marked, and the relation it belongs to, if any.
 */
public record SearchHit(String type, String path, Highlighted title, Highlighted extract, String relation) {
}
