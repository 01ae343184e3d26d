package org.bilateral.common.web;

/**
 * The public address of a record, by the type name the revision history and the admin
 * pages use for it: its own page where it has one, otherwise the section of its relation
 * that lists it. Search results and feeds link records through it.
 */
public final class RecordLinks {

	private RecordLinks() {
	}

	/**
	 * @param type the record type ("visits", "people")
	 * @param id the record's id
	 * @param slug the record's slug, for the types whose address carries one
	 * @param relationSlug the slug of the record's relation, for the types listed there
	 * @return a path starting with {@code /}
	 */
	public static String of(String type, long id, String slug, String relationSlug) {
		return switch (type) {
			case "relations" -> "/relations/" + slug;
			case "visits" -> "/visits/" + id + "-" + slug;
			case "people", "agreements" -> "/" + type + "/" + id + ((slug != null) ? "-" + slug : "");
			case "trade-figures" -> "/relations/" + relationSlug + "/trade";
			default -> "/relations/" + relationSlug + "/" + type;
		};
	}

}
