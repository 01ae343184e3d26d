package org.bilateral.common.history;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One field's value before and after a save.
 */
@Embeddable
public record FieldChange(@Column(name = "field") String field, @Column(name = "old_value") String oldValue,
		@Column(name = "new_value") String newValue) {

}
