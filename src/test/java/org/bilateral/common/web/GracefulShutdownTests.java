package org.bilateral.common.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.bilateral.Application;
import org.bilateral.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal told to stop finishes the requests it is answering before it stops, so a
 * reader or an editor in the middle of a save gets their answer during a deployment.
 */
@PortalTest
class GracefulShutdownTests {

	static final CountDownLatch entered = new CountDownLatch(1);

	static final CountDownLatch released = new CountDownLatch(1);

	@Autowired
	DataSource dataSource;

	@Test
	void aRequestInFlightIsAnsweredWhileThePortalStops() throws Exception {
		HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
		ConfigurableApplicationContext server = start(database);
		try {
			String port = server.getEnvironment().getProperty("local.server.port");
			CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient()
				.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test-slow-page")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(entered.await(60, TimeUnit.SECONDS)).as("the request is being answered").isTrue();
			Thread stopping = new Thread(server::close);
			stopping.start();
			Thread.sleep(1000);
			assertThat(stopping.isAlive()).as("stopping waits for the request").isTrue();
			released.countDown();
			HttpResponse<String> response = slow.get(60, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo("finished");
			stopping.join(60_000);
			assertThat(stopping.isAlive()).as("stopped once it was answered").isFalse();
		}
		finally {
			released.countDown();
			server.close();
		}
	}

	private static ConfigurableApplicationContext start(HikariDataSource database) {
		return new SpringApplicationBuilder(Application.class, SlowPage.class).run("--server.port=0",
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
				"--bilateral.database.create-if-missing=false", "--spring.docker.compose.enabled=false",
				"--spring.main.banner-mode=off", "--spring.datasource.hikari.maximum-pool-size=2");
	}

	/** A page that takes as long as the test wants. */
	@RestController
	static class SlowPage {

		@GetMapping("/test-slow-page")
		String slow() throws InterruptedException {
			entered.countDown();
			released.await(60, TimeUnit.SECONDS);
			return "finished";
		}

	}

}
