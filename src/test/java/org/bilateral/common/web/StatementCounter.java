package org.bilateral.common.web;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the JDBC statements the portal prepares or creates on the current thread,
 * whoever sends them (Hibernate, JdbcTemplate, Spring Session, plain JDBC), by wrapping
 * the portal's DataSource. MockMvc answers a request on the test's own thread, so the
 * count is that of the requests the test makes.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

	private static final Set<String> STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall");

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	static void reset() {
		COUNT.get()[0] = 0;
	}

	static long count() {
		return COUNT.get()[0];
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource) ? new CountingDataSource(dataSource) : bean;
			}

		};
	}

	private static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> invoke(connection, method, args);
			};
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static Object invoke(Connection connection, Method method, Object[] args) throws Throwable {
			if (STATEMENTS.contains(method.getName())) {
				COUNT.get()[0]++;
			}
			try {
				return method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
