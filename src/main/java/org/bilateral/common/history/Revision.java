package org.bilateral.common.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/**
 * One save of a record: who, when, and what changed. Written by the admin services, read
 * on a record's history page.
 */
@Entity
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recordType;

	private long recordId;

	@Enumerated(EnumType.STRING)
	private Action action;

	private Instant changedAt;

	private String changedBy;

	@ElementCollection
	@CollectionTable(name = "revision_change", joinColumns = @JoinColumn(name = "revision_id"))
	@OrderColumn(name = "position")
	private List<FieldChange> changes = new ArrayList<>();

	protected Revision() {
	}

	Revision(String recordType, long recordId, Action action, Instant changedAt, String changedBy,
			List<FieldChange> changes) {
		this.recordType = recordType;
		this.recordId = recordId;
		this.action = action;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.changes = new ArrayList<>(changes);
	}

	public Long getId() {
		return this.id;
	}

	public String getRecordType() {
		return this.recordType;
	}

	public long getRecordId() {
		return this.recordId;
	}

	public Action getAction() {
		return this.action;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public List<FieldChange> getChanges() {
		return this.changes;
	}

	public enum Action {

		CREATED, UPDATED, DELETED

	}

}
