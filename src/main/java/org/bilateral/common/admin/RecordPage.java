package org.bilateral.common.admin;

/**
 * What every admin page of one record shows about it: its name and its stamps.
 */
public record RecordPage(long id, String label, RecordStamps stamps) {

}
