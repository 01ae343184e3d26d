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
	void publicPagesAreRevalidatedOnEveryUse() {
		for (String path : new String[] { "/", "/relations/argentina-kazakhstan",
				"/relations/argentina-kazakhstan/visits" }) {
			MvcTestResult page = this.mvc.get().uri(path).exchange();
			assertThat(page.getResponse().getHeader("Cache-Control")).as(path).isEqualTo("no-cache");
		}
	}

	@Test
	void theSignInPageIsNeverStored() {
		MvcTestResult page = this.mvc.get().uri("/login").exchange();
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
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
