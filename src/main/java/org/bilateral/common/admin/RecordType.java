package org.bilateral.common.admin;

import java.util.List;
import java.util.Optional;

import org.bilateral.common.text.TextField;

/**
 * What one record type declares so that the shared admin pages can work with it without
 * knowing it: how its records are named, which of them editors choose from in forms, and
 * which records of other types its own records refer to. Each feature's bean implements
 * it; {@link RecordTypes} collects them.
 */
public interface RecordType {

	/** The type's name in addresses, the revision history and choice lists ("visits"). */
	String type();

	/**
	 * The name editors read for a record, by its key (an id, or a country's code); empty
	 * when there is no such record.
	 */
	Optional<String> name(String key);

	/** The records forms offer to choose from, in the order shown. */
	default List<Choice> choices() {
		return List.of();
	}

	/**
	 * The references this type's records hold to records of other types, so a referenced
	 * record is not deleted from under them.
	 */
	default List<Reference> references() {
		return List.of();
	}

	/** The texts of this type's records that editors may translate; none by default. */
	default List<TextField> texts() {
		return List.of();
	}

	/**
	 * The message that labels a field of the revision history, by the key it is stored
	 * under (current or former); empty for a key the type does not know.
	 */
	default Optional<String> fieldLabel(String key) {
		return Optional.empty();
	}

}
