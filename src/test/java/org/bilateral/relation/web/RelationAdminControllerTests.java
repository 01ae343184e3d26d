package org.bilateral.relation.web;

import org.bilateral.AdminTest;
import org.bilateral.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;

class RelationAdminControllerTests extends AdminTest {

	@Test
	void aPairChosenInEitherOrderIsStoredInCanonicalOrderAndListedPublicly() {
		long id = this.editor.create("relations", relation("KZ", "BR"));
		assertThat(this.jdbc
			.queryForMap("select first_country_code, second_country_code, slug from relation where id = ?", id))
			.containsEntry("first_country_code", "BR")
			.containsEntry("slug", "brazil-kazakhstan");
		assertThat(Pages.get(this.mvc, "/").select("a[href=/relations/brazil-kazakhstan]")).isNotEmpty();
		assertThat(Pages.get(this.mvc, "/relations/brazil-kazakhstan").select("p.lead").text())
			.isEqualTo("Diplomatic relations were established in 1992.");
	}

	@Test
	void aPairThatExistsAlreadyIsAFieldError() {
		MvcTestResult result = this.editor.post("/admin/relations/new", relation("KZ", "AR"));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-secondCountryCode-error").text())
			.isEqualTo("These two countries already have a relation.");
	}

	@Test
	void aCountryCannotBePairedWithItself() {
		MvcTestResult result = this.editor.post("/admin/relations/new", relation("KZ", "KZ"));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-secondCountryCode-error").text())
			.isEqualTo("Choose two different countries.");
	}

	@Test
	void anUnknownCountryCodeIsAFieldError() {
		MvcTestResult result = this.editor.post("/admin/relations/new", relation("XX", "KZ"));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-firstCountryCode-error").text())
			.isEqualTo("Choose one from the list.");
	}

	@Test
	void aRelationWithRecordsCannotBeDeleted() {
		Document confirm = this.editor.page("/admin/relations/" + this.records.pair() + "/delete");
		assertThat(confirm.select(".error-summary li").eachText()).contains("6 visits", "2 heads of mission",
				"4 agreements", "1 trade figure", "1 cultural centre", "1 event");
	}

	private static MultiValueMap<String, String> relation(String one, String other) {
		return form("firstCountryCode", one, "secondCountryCode", other, "establishedOn.year", 1992, "summary", "",
				"version", 0);
	}

}
