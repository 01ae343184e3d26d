package org.bilateral.common.admin;

/**
 * One changed field as an editor reads it in a record's history or on the conflict page:
 * its label and both values, chosen records named.
 */
public record ChangeView(String field, String label, String oldValue, String newValue) {

}
