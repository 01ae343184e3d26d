package org.bilateral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages editors and administrators work in, so that validity and accessibility checks
 * cover them all: the admin start page, and for every record type its list, its new form,
 * the edit form of an existing record, the delete confirmation, the history and the
 * translations of its texts (every type but trade figures, which have none); and the
 * users pages.
 */
public final class AdminPages {

	/** Every record type under {@code /admin}, with the table its records live in. */
	public static final Map<String, String> RECORD_TYPES;

	static {
		Map<String, String> types = new LinkedHashMap<>();
		types.put("visits", "visit");
		types.put("relations", "relation");
		types.put("people", "person");
		types.put("sources", "source");
		types.put("ambassadors", "accreditation");
		types.put("agreements", "agreement");
		types.put("agreement-steps", "agreement_step");
		types.put("trade-figures", "trade_figure");
		types.put("cultural-centres", "cultural_centre");
		types.put("events", "event_participation");
		RECORD_TYPES = Collections.unmodifiableMap(types);
	}

	private AdminPages() {
	}

	/**
	 * The id of the first seeded record of a type, to open its edit, delete and history
	 * pages.
	 * @param jdbc the test database
	 * @param type a key of {@link #RECORD_TYPES}, such as {@code visits}
	 * @return the record's id
	 */
	public static long firstRecord(JdbcTemplate jdbc, String type) {
		return jdbc.queryForObject("select min(id) from " + RECORD_TYPES.get(type), Long.class);
	}

	/**
	 * The addresses of the record pages every editor opens: for each type its list, new
	 * form, and, where the type has records, the edit form, delete confirmation, history
	 * and translations of its first record; and the claims to check again, with the page
	 * of the first claim of each kind.
	 * @param jdbc the test database
	 * @return paths starting with {@code /admin/}
	 */
	public static List<String> recordPaths(JdbcTemplate jdbc) {
		List<String> paths = new ArrayList<>();
		for (String type : RECORD_TYPES.keySet()) {
			String base = "/admin/" + type;
			paths.addAll(List.of(base, base + "/new"));
			Long first = jdbc.queryForObject("select min(id) from " + RECORD_TYPES.get(type), Long.class);
			if (first != null) {
				String record = base + "/" + first;
				paths.addAll(List.of(record, record + "/delete", record + "/history"));
				if (!type.equals("trade-figures") && !type.equals("agreement-steps")) {
					paths.add(record + "/translations");
				}
			}
		}
		paths.add("/admin/claims");
		paths.add("/admin/claims/ambassadors/" + firstRecord(jdbc, "ambassadors"));
		paths.add("/admin/claims/cultural-centres/" + firstRecord(jdbc, "cultural-centres"));
		return paths;
	}

	/**
	 * The administrators' pages for users.
	 * @param userId a user whose password form to open
	 * @return paths starting with {@code /admin/users}
	 */
	public static List<String> userPaths(long userId) {
		return List.of("/admin/users", "/admin/users/new", "/admin/users/" + userId + "/password");
	}

}
