package org.bilateral.common.admin;

import java.time.Instant;
import java.util.List;

/**
 * One line of an admin list: what the record is, who changed it last, and the languages
 * its texts still lack a translation into (null for a type without texts to translate).
 */
public record RecordRow(long id, String title, String detail, Instant updatedAt, String updatedBy,
		List<String> missing) {

}
