package org.bilateral;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An editor working through the admin pages in MockMvc: signed in, with a CSRF token on
 * every post. Every record the editor creates is handed to {@link TestRecords}, so the
 * test removes it afterwards.
 */
public class Editor {

	private static final Pattern NEW_RECORD = Pattern.compile("/admin/([a-z-]+)/new");

	private final MockMvcTester mvc;

	private final TestRecords records;

	public Editor(MockMvcTester mvc, TestRecords records) {
		this.mvc = mvc;
		this.records = records;
	}

	public MvcTestResult get(String path) {
		return this.mvc.get().uri(path).with(user("editor").roles("EDITOR")).exchange();
	}

	/** An admin page, parsed, whatever its status. */
	public Document page(String path) {
		return Pages.parse(get(path));
	}

	public MvcTestResult post(String path, MultiValueMap<String, String> form) {
		MvcTestResult result = this.mvc.post()
			.uri(path)
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.params(form)
			.exchange();
		Matcher created = NEW_RECORD.matcher(path);
		String location = result.getResponse().getRedirectedUrl();
		if (created.matches() && location != null && location.matches("/admin/" + created.group(1) + "/\\d+")) {
			this.records.remember(created.group(1), idFrom(result));
		}
		return result;
	}

	/** Posts a new record and returns its id, read from the redirect. */
	public long create(String type, MultiValueMap<String, String> form) {
		MvcTestResult result = post("/admin/" + type + "/new", form);
		assertThat(result).as("creating " + form).hasStatus3xxRedirection();
		return idFrom(result);
	}

	/**
	 * Two editors save the same record, both starting from its version 0: the first save
	 * must succeed; the answer to the second is returned.
	 */
	public MvcTestResult saveTwice(String type, long id, MultiValueMap<String, String> first,
			MultiValueMap<String, String> second) {
		first.set("version", "0");
		second.set("version", "0");
		assertThat(post("/admin/" + type + "/" + id, first)).as("the first save").hasStatus3xxRedirection();
		return post("/admin/" + type + "/" + id, second);
	}

	/** Confirms a record's deletion, as of the given version. */
	public MvcTestResult delete(String type, long id, long version) {
		return post("/admin/" + type + "/" + id + "/delete", Forms.form("version", version));
	}

	/**
	 * A record type's list, with what every list has checked: its heading, and the button
	 * to a new record, whose form opens.
	 */
	public Document list(String type, String heading, String newButton) {
		Document page = page("/admin/" + type);
		assertThat(page.select("h1").text()).isEqualTo(heading);
		assertThat(page.select("a.button").text()).isEqualTo(newButton);
		assertThat(get("/admin/" + type + "/new")).hasStatusOk();
		return page;
	}

	/**
	 * Deletes a record as an editor does: opens the confirmation, which must offer the
	 * Delete button, confirms, and must land on the list again.
	 * @return the confirmation page
	 */
	public Document deleteConfirmed(String type, long id) {
		Document confirm = page("/admin/" + type + "/" + id + "/delete");
		assertThat(confirm.select("main form button").text()).isEqualTo("Delete");
		assertThat(delete(type, id, 0)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/" + type);
		return confirm;
	}

	/** A record's history, where every field must have its label. */
	public Document history(String type, long id) {
		Document page = page("/admin/" + type + "/" + id + "/history");
		assertThat(page.text()).doesNotContain("??");
		return page;
	}

	/**
	 * The page that answers a save based on an outdated version: a conflict, whose form
	 * carries the version stored now.
	 */
	public static Document conflict(MvcTestResult result, long storedVersion) {
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(result);
		assertThat(page.select("input[name=version]").val()).isEqualTo(String.valueOf(storedVersion));
		return page;
	}

	/** The id of the record a save redirected to. */
	public static long idFrom(MvcTestResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
