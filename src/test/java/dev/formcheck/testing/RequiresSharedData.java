package dev.formcheck.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that reads the shared real-world data beside the repository ({@code ../shared/data}).
 * Without it the test is skipped with a message saying where the data was looked for.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedDataCondition.class)
public @interface RequiresSharedData {
}
