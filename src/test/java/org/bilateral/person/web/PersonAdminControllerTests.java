package org.bilateral.person.web;

import org.bilateral.Editor;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class PersonAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	Editor editor;

	@BeforeEach
	void signIn() {
		this.editor = new Editor(this.mvc);
	}

	@AfterEach
	void removeTestPeople() {
		this.jdbc.update("delete from person where name like 'Test %'");
		this.jdbc.update("delete from revision where record_type = 'people'");
	}

	@Test
	void createsAPersonWithASlugMadeFromTheName() {
		long id = this.editor.create("people", person("Test Aigerim Zhaksylykova"));
		assertThat(this.jdbc.queryForObject("select slug from person where id = ?", String.class, id))
			.isEqualTo("test-aigerim-zhaksylykova");
	}

	@Test
	void aNameTakenByAnotherPersonIsAFieldError() {
		MvcTestResult result = this.editor.post("/admin/people/new", person("Erlan Idrissov"));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-name-error").text())
			.isEqualTo("Another person already has this slug; give a different one.");
		assertThat(Pages.parse(result).select("#f-name").val()).isEqualTo("Erlan Idrissov");
	}

	@Test
	void aPersonNamedInVisitsCannotBeDeleted() {
		long id = this.jdbc.queryForObject("select id from person where slug = 'mauricio-macri'", Long.class);
		Document confirm = Pages.parse(this.editor.get("/admin/people/" + id + "/delete"));
		assertThat(confirm.select(".error-summary li").eachText()).containsExactly("1 visit participation");
		assertThat(confirm.select("main form button")).isEmpty();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		assertThat(this.editor.post("/admin/people/" + id + "/delete", form)).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, id)).isOne();
	}

	@Test
	void aPersonNamedNowhereCanBeDeleted() {
		long id = this.editor.create("people", person("Test Person To Delete"));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		assertThat(this.editor.post("/admin/people/" + id + "/delete", form)).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, id)).isZero();
	}

	private static MultiValueMap<String, String> person(String name) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("slug", "");
		form.add("version", "0");
		return form;
	}

}
