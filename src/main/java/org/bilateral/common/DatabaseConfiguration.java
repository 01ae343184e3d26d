package org.bilateral.common;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
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

	/**
	 * The pool answers at once, for 2 seconds after it found PostgreSQL out of reach (see
	 * {@link FailFastDataSource}).
	 */
	@Bean
	static BeanPostProcessor failFastDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)
						&& "dataSource".equals(beanName)) {
					return new FailFastDataSource(pool, Duration.ofSeconds(2));
				}
				return bean;
			}

		};
	}

}
