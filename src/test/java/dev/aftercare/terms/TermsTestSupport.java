package dev.aftercare.terms;

/** The bundled default terms, for tests of other packages. */
public final class TermsTestSupport {

	public static final Terms DEFAULT = new TermsLoader().loadDefault();

	private TermsTestSupport() {
	}

}
