package org.bilateral.feed;

import java.time.Instant;
import java.util.List;

/**
 * One save of a public record as a feed tells it: which record, as it is named now, and
 * the keys of the fields that changed. Who saved it is left out.
 *
 * @param revision the revision's id
 * @param type the record type ("visits")
 * @param path the record's address on the portal
 * @param title the record's current title
 * @param language the language the record's texts are written in
 * @param created whether the save created the record
 * @param changedAt when it was saved
 * @param fields the keys of the fields the save changed, in the order of the form
 */
record Change(long revision, String type, String path, String title, String language, boolean created,
		Instant changedAt, List<String> fields) {
}
