package org.bilateral.common.web;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@PortalTest
class CachingTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void publicPagesMayBeKeptForFiveMinutes() {
		MvcTestResult page = this.mvc.get().uri("/relations/argentina-kazakhstan").exchange();
		assertThat(page.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=300, public");
	}

	@Test
	void theStylesheetAddressCarriesItsFingerprintAndIsKeptForAYear() {
		String href = Pages.get(this.mvc, "/").select("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/css/site-[0-9a-f]{32}\\.css");
		MvcTestResult css = this.mvc.get().uri(href).exchange();
		assertThat(css).hasStatusOk();
		assertThat(css.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=31536000, public");
	}

	@Test
	void adminPagesAreNeverStored() {
		MvcTestResult page = this.mvc.get().uri("/admin/visits").with(user("editor").roles("EDITOR")).exchange();
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

}
