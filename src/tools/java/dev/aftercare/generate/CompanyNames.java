package dev.aftercare.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Company names as customers write them: accents, Japanese, commas, quotes, apostrophes,
 * and names that a spreadsheet would take for a formula.
 */
final class CompanyNames {

	/**
	 * Names that test every writer downstream; each comes with a branch to stay unique.
	 */
	static final List<String> AWKWARD = List.of("Zoë's Café", "The \"Good\" Bakery", "Smith, Jones & Partners",
			"=Equals Consulting", "+Plus Logistics", "-minus studio", "@home Networks", "O'Brien & Daughters",
			"Café Olé, S.L.", "Ångström Analytics AB", "株式会社さくらテック", "山田商事株式会社", "Crème de la Crème SARL",
			"Müller & Söhne GmbH", "\"Quoted\" Media, Inc.");

	private static final List<String> BRANCHES = List.of("Lyon", "Leeds", "Osaka", "Austin", "Porto", "Graz", "Cork",
			"Malmö", "Kyoto", "Denver");

	private static final List<String> US_STEMS = List.of("Bluefin", "Harbor", "Redwood", "Granite", "Lighthouse",
			"Prairie", "Summit", "Copperline", "Juniper", "Riverbend", "Cobalt", "Sundial", "Tall Pine", "Keystone");

	private static final List<String> US_KINDS = List.of("Analytics", "Robotics", "Health", "Logistics", "Labs",
			"Software", "Outfitters", "Media", "Payments", "Studios", "Dental Group", "Freight");

	private static final List<String> US_SURNAMES = List.of("Smith", "Garcia", "Nguyen", "Okafor", "Reyes", "Walsh",
			"Patel", "Cohen");

	private static final List<String> UK_STEMS = List.of("Thistle", "Marlow", "Ashdown", "Kestrel", "Bramble",
			"Fenwick", "Harrow", "Wren", "Pennine", "Saltmarsh");

	private static final List<String> UK_KINDS = List.of("Data", "Consulting", "Books", "Travel", "Insurance Brokers",
			"Engineering", "Tea Company", "Surveyors");

	private static final List<String> DE_STEMS = List.of("Müller", "Schäfer", "Weiß", "Köhler", "Grün", "Brückner",
			"Nordlicht", "Fischer", "Bär", "Lößnitz");

	private static final List<String> DE_KINDS = List.of("Logistik", "Medien", "Maschinenbau", "Software", "Gesundheit",
			"Energietechnik", "Verlag");

	private static final List<String> FR_KINDS = List.of("Atelier", "Éditions", "Boulangerie", "Hôtel", "Société",
			"Maison", "Pâtisserie");

	private static final List<String> FR_STEMS = List.of("Céleste", "Lefèvre", "Côté Sud", "Bélanger", "Mélodie",
			"Dupré", "Saint-Étienne", "Chloé", "Noël");

	private static final List<String> ES_KINDS = List.of("Soluciones", "Café", "Talleres", "Grupo", "Clínica",
			"Distribuciones");

	private static final List<String> ES_STEMS = List.of("Peñalara", "Olé", "Núñez", "Logroño", "Begoña", "Ibáñez",
			"Montaña Azul");

	private static final List<String> NORDIC_STEMS = List.of("Ångström", "Bjørk", "Søndergaard", "Åkesson", "Lindqvist",
			"Fjärran", "Ødegaard", "Häkkinen");

	private static final List<String> NORDIC_KINDS = List.of("Labs", "Analys", "Design", "Data", "Robotik");

	private static final List<String> JP_STEMS = List.of("さくら:sakura", "青空:aozora", "富士:fuji", "みどり:midori",
			"山田:yamada", "小林:kobayashi", "星野:hoshino", "北斗:hokuto", "桜井:sakurai", "東雲:shinonome");

	private static final List<String> JP_KINDS = List.of("テック:tech", "システム:systems", "商事:shoji", "データ:data", "ソフト:soft",
			"物流:butsuryu", "製作所:seisakusho");

	private CompanyNames() {
	}

	static CompanyName random(Market market, Rng rng) {
		if (rng.chance(0.02)) {
			return awkward(rng.pick(AWKWARD) + " (" + rng.pick(BRANCHES) + ")");
		}
		return switch (market) {
			case US -> us(rng);
			case UK ->
				latin(rng.pick(UK_STEMS) + " " + rng.pick(UK_KINDS) + rng.pick(" Ltd", " Ltd", " & Co. Ltd", " plc"));
			case DE ->
				latin(rng.pick(DE_STEMS) + " " + rng.pick(DE_KINDS) + rng.pick(" GmbH", " AG", " GmbH & Co. KG"));
			case FR -> latin(rng.pick(FR_KINDS) + " " + rng.pick(FR_STEMS) + rng.pick(" SAS", " SARL", ""));
			case ES -> latin(rng.pick(ES_KINDS) + " " + rng.pick(ES_STEMS) + rng.pick(", S.L.", " S.L.", " S.A."));
			case NORDIC ->
				latin(rng.pick(NORDIC_STEMS) + " " + rng.pick(NORDIC_KINDS) + rng.pick(" AB", " ApS", " AS", " Oy"));
			case JP -> japanese(rng);
		};
	}

	/** One of {@link #AWKWARD}, exactly. */
	static CompanyName awkward(String display) {
		return new CompanyName(display, slug(display));
	}

	private static CompanyName us(Rng rng) {
		if (rng.chance(0.12)) {
			String first = rng.pick(US_SURNAMES);
			String second = rng.pick(US_SURNAMES);
			return latin(first + ", " + (first.equals(second) ? "Reyes" : second) + " & Associates");
		}
		return latin(rng.pick(US_STEMS) + " " + rng.pick(US_KINDS) + rng.pick(", Inc.", " Inc.", " LLC", " Co.", ""));
	}

	private static CompanyName japanese(Rng rng) {
		String[] stem = rng.pick(JP_STEMS).split(":");
		String[] kind = rng.pick(JP_KINDS).split(":");
		String slug = stem[1] + "-" + kind[1];
		return switch (rng.nextInt(3)) {
			case 0 -> new CompanyName("株式会社" + stem[0] + kind[0], slug);
			case 1 -> new CompanyName(stem[0] + kind[0] + "株式会社", slug);
			default -> new CompanyName(
					capitalize(stem[1]) + " " + capitalize(kind[1]) + rng.pick(" K.K.", " Co., Ltd."), slug);
		};
	}

	private static CompanyName latin(String display) {
		return new CompanyName(display, slug(display));
	}

	/** Lower-case ASCII for an e-mail domain: accents dropped, words joined by dashes. */
	static String slug(String text) {
		String ascii = Normalizer.normalize(ascii(text), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT)
			.replaceAll("\\b(inc|llc|ltd|plc|co|gmbh|ag|kg|sas|sarl|s\\.l|s\\.a|ab|aps|as|oy|k\\.k)\\b\\.?", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "customer" : slug;
	}

	/** The letters that {@link Normalizer} does not split into a base and an accent. */
	static String ascii(String text) {
		return text.replace("ß", "ss")
			.replace("ø", "o")
			.replace("Ø", "O")
			.replace("æ", "ae")
			.replace("Æ", "Ae")
			.replace("株式会社", "")
			.replace("さくらテック", "sakura-tech")
			.replace("山田商事", "yamada-shoji");
	}

	private static String capitalize(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** A display name and the ASCII stem of its e-mail domain. */
	record CompanyName(String display, String slug) {
	}

}
