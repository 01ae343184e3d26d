package org.bilateral.common.admin;

import java.time.Instant;

import org.bilateral.common.AuditedEntity;

/**
 * Who created and who last changed a record, and when; shown beside its form.
 */
public record RecordStamps(long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

	public static RecordStamps of(AuditedEntity entity) {
		return new RecordStamps(entity.getVersion(), entity.getCreatedAt(), entity.getCreatedBy(),
				entity.getUpdatedAt(), entity.getUpdatedBy());
	}

}
