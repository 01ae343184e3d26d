package org.bilateral.common;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Lets {@code ./mvnw spring-boot:run} work both on a laptop with Docker (the database of
 * {@code docker-compose.yml} is started) and on a machine without a Docker engine (the
 * local PostgreSQL server is used): when no engine answers {@code docker version}, Spring
 * Boot's Docker Compose support is switched off before the context starts.
 */
class DockerComposeSwitch implements EnvironmentPostProcessor {

	private static final String ENABLED = "spring.docker.compose.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ClassUtils.isPresent("org.springframework.boot.docker.compose.lifecycle.DockerComposeProperties",
				getClass().getClassLoader()) || environment.containsProperty(ENABLED)) {
			return;
		}
		if (!dockerEngineAnswers()) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("dockerEngineAbsent", Map.of(ENABLED, "false")));
		}
	}

	private static boolean dockerEngineAnswers() {
		try {
			Process process = new ProcessBuilder("docker", "version", "--format", "{{.Server.Version}}")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
