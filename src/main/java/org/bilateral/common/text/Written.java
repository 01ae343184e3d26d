package org.bilateral.common.text;

import java.util.Map;

/**
 * A record's texts as the data formats carry them: the language they were written in, and
 * the translations editors gave, by language and then field ({@code "ru": {"title":
 * "..."}}).
 */
public record Written(String language, Map<String, Map<String, String>> translations) {

}
