package org.bilateral.source.web;

import org.bilateral.AdminTest;
import org.bilateral.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;

class SourceAdminControllerTests extends AdminTest {

	@Test
	void createsASourceWithItsStamps() {
		long id = this.editor.create("sources", source("Test source", "https://www.example.org/page"));
		assertThat(this.jdbc.queryForMap("select url, published_created_at, accessed_on from source where id = ?", id))
			.containsEntry("url", "https://www.example.org/page");
		Document form = this.editor.page("/admin/sources/" + id);
		assertThat(form.select("#f-publishedCreatedAt").val()).isEqualTo("2015-04-09T11:59");
		assertThat(form.select("#f-accessedOn").val()).isEqualTo("2026-11-01");
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org",
			"https://exa mple.org", "\"><svg onload=alert(1)>" })
	void onlyWebAddressesAreAccepted(String url) {
		MvcTestResult result = this.editor.post("/admin/sources/new", source("Test hostile source", url));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-url-error").text())
			.isEqualTo("Give a web address starting with http:// or https://.");
	}

	@Test
	void impossibleStampsAreFieldErrorsNotFailures() {
		MultiValueMap<String, String> form = source("Test source with bad stamps", "https://example.org");
		form.set("publishedCreatedAt", "2015-02-30T25:99");
		form.set("accessedOn", "yesterday");
		MvcTestResult result = this.editor.post("/admin/sources/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-publishedCreatedAt-error").text()).isNotBlank();
		assertThat(page.select("#f-accessedOn-error").text()).isNotBlank();
		assertThat(page.select("#f-title").val()).isEqualTo("Test source with bad stamps");
	}

	@Test
	void aCitedSourceCannotBeDeleted() {
		long id = this.jdbc.queryForObject("select id from source where publisher like 'Ministry of Foreign Affairs%'",
				Long.class);
		Document confirm = this.editor.page("/admin/sources/" + id + "/delete");
		assertThat(confirm.select(".error-summary li").text()).isEqualTo("16 records cite it");
	}

	private static MultiValueMap<String, String> source(String title, String url) {
		return form("title", title, "publisher", "Test publisher", "url", url, "publishedCreatedAt", "2015-04-09T11:59",
				"publishedUpdatedAt", "", "accessedOn", "2026-11-01", "version", 0);
	}

}
