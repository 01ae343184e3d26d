package org.bilateral;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.bilateral.security.TestUsers;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on its test database, answered through MockMvc. Every test class that
 * uses it shares one application context. Tests get an {@link Editor}, the
 * {@link TestRecords} and {@link TestUsers} to make what they need, and after each test
 * exactly what it made is removed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestRecords.class, TestUsers.class, Editor.class })
@ExtendWith(TestRecords.RemovedAfterEachTest.class)
public @interface PortalTest {

}
