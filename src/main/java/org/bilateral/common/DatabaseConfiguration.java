package org.bilateral.common;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean
	@ConditionalOnBooleanProperty("bilateral.database.create-if-missing")
	static DatabaseCreator databaseCreator() {
		return new DatabaseCreator();
	}

}
