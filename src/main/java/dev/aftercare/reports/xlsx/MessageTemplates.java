package dev.aftercare.reports.xlsx;

import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import dev.aftercare.reports.ReportResources;
import dev.aftercare.run.InvalidRunException;

/**
 * The wording of the message drafts: Mustache templates in {@code reports/messages/},
 * read at run time so that the communications team edits them without a rebuild. Every
 * template and every partial it includes is compiled up front; a broken one stops the run
 * with its file named.
 */
final class MessageTemplates {

	static final String FOLDER = "messages/";

	static final String SUBJECT = "email-subject";

	static final String BODY = "email-body";

	static final String SMS = "sms";

	static final String CALL = "call-script";

	private static final Pattern PARTIAL = Pattern.compile("\\{\\{>\\s*([^}\\s]+)\\s*}}");

	private final ReportResources resources;

	private final Map<String, Template> templates;

	/**
	 * Where each draft is rendered. One buffer for them all: a fresh StringWriter per
	 * draft locked, grew and widened to two bytes a character again for every customer.
	 * So a MessageTemplates serves one thread.
	 */
	private final Text text = new Text();

	private MessageTemplates(ReportResources resources, Map<String, Template> templates) {
		this.resources = resources;
		this.templates = templates;
	}

	static MessageTemplates load(ReportResources resources) {
		Map<String, String> sources = new LinkedHashMap<>();
		List<String> pending = new ArrayList<>(List.of(SUBJECT, BODY, SMS, CALL));
		while (!pending.isEmpty()) {
			String name = pending.remove(0);
			if (sources.containsKey(name)) {
				continue;
			}
			if (!resources.exists(file(name))) {
				throw new InvalidRunException("reports/" + file(name)
						+ " is missing: the message drafts need it (see reports/messages/README.md)");
			}
			String source = resources.read(file(name));
			sources.put(name, source);
			Matcher partials = PARTIAL.matcher(source);
			while (partials.find()) {
				pending.add(partials.group(1));
			}
		}
		Mustache.Compiler compiler = Mustache.compiler()
			.escapeHTML(false)
			.nullValue("")
			// so that {{#otherCount}} shows only when there are others
			.zeroIsFalse(true)
			.withLoader((name) -> new StringReader(sources.get(name)));
		Map<String, Template> templates = new LinkedHashMap<>();
		sources.forEach((name, source) -> {
			try {
				templates.put(name, compiler.compile(source));
			}
			catch (MustacheException ex) {
				throw new InvalidRunException(resources.describe(file(name)) + " is broken: " + ex.getMessage());
			}
		});
		return new MessageTemplates(resources, templates);
	}

	/**
	 * Renders template {@code name}; a variable it does not know stops with its file
	 * named.
	 */
	String render(String name, MessageContext context) {
		try {
			this.text.clear();
			this.templates.get(name).execute(context, this.text);
			return this.text.stripped();
		}
		catch (MustacheException ex) {
			throw new InvalidRunException(this.resources.describe(file(name))
					+ " (or a partial it includes) cannot be filled in: " + ex.getMessage());
		}
	}

	static String file(String name) {
		return FOLDER + name + ".mustache";
	}

	/** A writer into a StringBuilder, for one thread. */
	private static final class Text extends Writer {

		private final StringBuilder text = new StringBuilder(4096);

		void clear() {
			this.text.setLength(0);
		}

		/** What {@link String#strip()} makes of the text. */
		String stripped() {
			int start = 0;
			int end = this.text.length();
			while (start < end && Character.isWhitespace(this.text.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(this.text.charAt(end - 1))) {
				end--;
			}
			return this.text.substring(start, end);
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			this.text.append(chars, offset, length);
		}

		@Override
		public void write(String string, int offset, int length) {
			this.text.append(string, offset, offset + length);
		}

		@Override
		public void write(int c) {
			this.text.append((char) c);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
