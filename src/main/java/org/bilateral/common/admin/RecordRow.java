package org.bilateral.common.admin;

import java.time.Instant;

/**
 * One line of an admin list: what the record is, and who changed it last.
 */
public record RecordRow(long id, String title, String detail, Instant updatedAt, String updatedBy) {

}
