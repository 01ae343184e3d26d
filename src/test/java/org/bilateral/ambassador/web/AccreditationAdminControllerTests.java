package org.bilateral.ambassador.web;

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
class AccreditationAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	Editor editor;

	long relationId;

	long personId;

	@BeforeEach
	void signIn() {
		this.editor = new Editor(this.mvc);
		this.relationId = this.jdbc.queryForObject("select id from relation where slug = 'argentina-kazakhstan'",
				Long.class);
		this.personId = this.jdbc.queryForObject("select id from person where slug = 'kairat-sarzhanov'", Long.class);
	}

	@AfterEach
	void removeTestHeadsOfMission() {
		this.jdbc.update("delete from accreditation where title like 'Test %'");
		this.jdbc.update("delete from revision where record_type = 'ambassadors'");
	}

	@Test
	void aFormerHeadOfMissionAppearsWithTheTenure() {
		MultiValueMap<String, String> form = accreditation("KZ", "AR");
		form.set("tenureEnd.year", "2016");
		long id = this.editor.create("ambassadors", form);
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
		MultiValueMap<String, String> form = accreditation("KZ", "AR");
		form.set("tenureEnd.year", "2010");
		MvcTestResult result = this.editor.post("/admin/ambassadors/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-tenureEnd-error").text())
			.isEqualTo("The end cannot be before the start.");
	}

	@Test
	void aStaleSaveIsAConflict() {
		long id = this.editor.create("ambassadors", accreditation("KZ", "AR"));
		MultiValueMap<String, String> first = accreditation("KZ", "AR");
		first.set("residenceCity", "Brasilia");
		assertThat(this.editor.post("/admin/ambassadors/" + id, first)).hasStatus(HttpStatus.FOUND);
		MultiValueMap<String, String> second = accreditation("KZ", "AR");
		second.set("residenceCity", "Santiago");
		MvcTestResult result = this.editor.post("/admin/ambassadors/" + id, second);
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(result).select("section.conflict td").eachText()).containsExactly("Brasilia",
				"Santiago");
	}

	private MultiValueMap<String, String> accreditation(String sending, String receiving) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("relationId", String.valueOf(this.relationId));
		form.add("personId", String.valueOf(this.personId));
		form.add("sendingCountryCode", sending);
		form.add("receivingCountryCode", receiving);
		form.add("title", "Test Ambassador");
		form.add("residenceCity", "Buenos Aires");
		form.add("residenceCountryCode", "AR");
		form.add("tenureStart.year", "2012");
		form.add("asOf", "2019-07-25");
		form.add("version", "0");
		return form;
	}

}
