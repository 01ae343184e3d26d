package org.bilateral.person.web;

import org.bilateral.AdminTest;
import org.bilateral.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;

class PersonAdminControllerTests extends AdminTest {

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
		long id = this.records.seeded("person", "mauricio-macri");
		Document confirm = this.editor.page("/admin/people/" + id + "/delete");
		assertThat(confirm.select(".error-summary li").eachText()).containsExactly("1 visit participation");
		assertThat(confirm.select("main form button")).isEmpty();
		assertThat(this.editor.delete("people", id, 0)).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, id)).isOne();
	}

	@Test
	void aPersonNamedNowhereCanBeDeleted() {
		long id = this.editor.create("people", person("Test Person To Delete"));
		assertThat(this.editor.delete("people", id, 0)).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select count(*) from person where id = ?", Integer.class, id)).isZero();
	}

	private static MultiValueMap<String, String> person(String name) {
		return form("name", name, "slug", "", "version", 0);
	}

}
