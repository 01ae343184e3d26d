package org.bilateral.common.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PublicAddressTests {

	@Test
	void makesAbsoluteLinksFromTheConfiguredAddressWithOrWithoutItsTrailingSlash() {
		assertThat(new PublicAddress("https://bilateral.example.org").link("/visits/1-summit"))
			.isEqualTo("https://bilateral.example.org/visits/1-summit");
		assertThat(new PublicAddress("https://bilateral.example.org/").link("/visits/1-summit"))
			.isEqualTo("https://bilateral.example.org/visits/1-summit");
		assertThat(new PublicAddress("https://example.org/portal").link("/")).isEqualTo("https://example.org/portal/");
	}

	@Test
	void leavesLinksRelativeWhenNoAddressIsConfigured() {
		PublicAddress unknown = new PublicAddress("");
		assertThat(unknown.isKnown()).isFalse();
		assertThat(unknown.link("/relations/argentina-kazakhstan")).isEqualTo("/relations/argentina-kazakhstan");
	}

	@Test
	void refusesAnAddressReadersCouldNotUse() {
		assertThatIllegalStateException().isThrownBy(() -> new PublicAddress("bilateral.example.org"))
			.withMessageContaining("bilateral.public-base-url");
		assertThatIllegalStateException().isThrownBy(() -> new PublicAddress("ftp://bilateral.example.org"));
		assertThatIllegalStateException().isThrownBy(() -> new PublicAddress("https://bilateral.example.org/?a=1"));
	}

}
