package org.bilateral.ambassador.web;

import org.bilateral.AdminTest;
import org.bilateral.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;
import static org.bilateral.Forms.with;

class AccreditationAdminControllerTests extends AdminTest {

	@Test
	void aFormerHeadOfMissionAppearsWithTheTenure() {
		long id = this.editor.create("ambassadors", with(accreditation("KZ", "AR"), "tenureEnd.year", 2016));
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan/ambassadors");
		assertThat(page.select(".card").eachText())
			.anyMatch((card) -> card.contains("Test Ambassador of Kazakhstan to Argentina")
					&& card.contains("2012 \u2013 2016"));
		assertThat(id).isPositive();
	}

	@Test
	void aCountryOutsideThePairIsAFieldError() {
		MvcTestResult result = this.editor.post("/admin/ambassadors/new", accreditation("KZ", "BR"));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-receivingCountryCode-error").text())
			.isEqualTo("Choose one of the relation's two countries.");
	}

	@Test
	void aTenureCannotEndBeforeItStarts() {
		MvcTestResult result = this.editor.post("/admin/ambassadors/new",
				with(accreditation("KZ", "AR"), "tenureEnd.year", 2010));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-tenureEnd-error").text())
			.isEqualTo("The end cannot be before the start.");
	}

	@Test
	void aStaleSaveIsAConflict() {
		long id = this.editor.create("ambassadors", accreditation("KZ", "AR"));
		MvcTestResult result = this.editor.saveTwice("ambassadors", id,
				with(accreditation("KZ", "AR"), "residenceCity", "Brasilia"),
				with(accreditation("KZ", "AR"), "residenceCity", "Santiago"));
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(result).select("section.conflict td").eachText()).containsExactly("Brasilia",
				"Santiago");
	}

	private MultiValueMap<String, String> accreditation(String sending, String receiving) {
		return form("relationId", this.records.pair(), "personId", this.records.seeded("person", "kairat-sarzhanov"),
				"sendingCountryCode", sending, "receivingCountryCode", receiving, "title", "Test Ambassador",
				"residenceCity", "Buenos Aires", "residenceCountryCode", "AR", "tenureStart.year", 2012, "asOf",
				"2019-07-25", "version", 0);
	}

}
