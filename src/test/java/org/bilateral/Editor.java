package org.bilateral;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An editor working through the admin pages in MockMvc: signed in, with a CSRF token on
 * every post.
 */
public final class Editor {

	private final MockMvcTester mvc;

	public Editor(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MvcTestResult get(String path) {
		return this.mvc.get().uri(path).with(user("editor").roles("EDITOR")).exchange();
	}

	public MvcTestResult post(String path, MultiValueMap<String, String> form) {
		return this.mvc.post()
			.uri(path)
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.params(form)
			.exchange();
	}

	/** Posts a new record and returns its id, read from the redirect. */
	public long create(String type, MultiValueMap<String, String> form) {
		MvcTestResult result = post("/admin/" + type + "/new", form);
		assertThat(result).as("creating " + form).hasStatus3xxRedirection();
		return idFrom(result);
	}

	/** The id of the record a save redirected to. */
	public static long idFrom(MvcTestResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
