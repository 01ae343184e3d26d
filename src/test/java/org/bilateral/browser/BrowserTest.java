package org.bilateral.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.bilateral.TestDatabaseConfiguration;
import org.bilateral.TestRecords;
import org.bilateral.security.TestUsers;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on its test database, served on a random port and read through a real
 * headless Chromium ({@link Browser}, a parameter of each test). Skipped, with a message
 * saying how to enable it, on a machine without Chromium. What a test makes through
 * {@link TestRecords} and {@link TestUsers} is removed after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestRecords.class, TestUsers.class })
@ExtendWith({ BrowserExtension.class, TestRecords.RemovedAfterEachTest.class })
public @interface BrowserTest {

}
