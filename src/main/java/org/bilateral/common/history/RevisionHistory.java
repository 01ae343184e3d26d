package org.bilateral.common.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the revision history of every editable record. A record is described by the
 * fields its type declares (see {@code RecordFields}), each under a stable key with its
 * raw value, so a revision lists the fields whose value changed, before and after, and
 * the values are named only when the history is read.
 */
@Service
public class RevisionHistory {

	private final RevisionRepository revisions;

	private final AuditorAware<String> auditor;

	RevisionHistory(RevisionRepository revisions, AuditorAware<String> auditor) {
		this.revisions = revisions;
		this.auditor = auditor;
	}

	/** The fields whose text differs between two descriptions. */
	public static List<FieldChange> differences(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		for (Map.Entry<String, String> entry : after.entrySet()) {
			String old = before.getOrDefault(entry.getKey(), "");
			if (!Objects.equals(old, entry.getValue())) {
				changes.add(new FieldChange(entry.getKey(), old, entry.getValue()));
			}
		}
		return changes;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void created(String type, long id, Map<String, String> after) {
		record(type, id, Revision.Action.CREATED, differences(Map.of(), after));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void updated(String type, long id, Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = differences(before, after);
		if (!changes.isEmpty()) {
			record(type, id, Revision.Action.UPDATED, changes);
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void deleted(String type, long id, Map<String, String> before) {
		List<FieldChange> changes = new ArrayList<>();
		before.forEach((field, value) -> {
			if (!value.isEmpty()) {
				changes.add(new FieldChange(field, value, ""));
			}
		});
		record(type, id, Revision.Action.DELETED, changes);
	}

	@Transactional(readOnly = true)
	public List<Revision> history(String type, long id) {
		return this.revisions.findHistory(type, id);
	}

	private void record(String type, long id, Revision.Action action, List<FieldChange> changes) {
		String who = this.auditor.getCurrentAuditor().orElse("system");
		this.revisions.save(new Revision(type, id, action, Instant.now(), who, changes));
	}

}
