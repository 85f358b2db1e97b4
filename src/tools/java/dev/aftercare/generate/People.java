package dev.aftercare.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Contact people and account managers. */
final class People {

	/** Account managers, each with the markets they look after. */
	private static final List<String> MANAGERS_WEST = List.of("Priya Raman", "Tom Whitaker", "Samuel Okafor",
			"Marisol Ortega");

	private static final List<String> MANAGERS_EUROPE = List.of("Lukas Becker", "Aoife Gallagher", "Chloé Martin",
			"Marisol Ortega");

	private static final List<String> MANAGERS_JAPAN = List.of("Kenji Watanabe", "Yui Nakamura");

	private static final List<String> US_FIRST = List.of("Emily", "Marcus", "Aaliyah", "Diego", "Hannah", "Jamal",
			"Grace", "Wei", "Connor", "Fatima");

	private static final List<String> US_LAST = List.of("Johnson", "Reyes", "Nguyen", "Washington", "Kowalski",
			"Brooks", "Chen", "Sullivan", "Haddad", "Miller");

	private static final List<String> UK_FIRST = List.of("Oliver", "Amelia", "Rhys", "Siobhan", "Harriet", "Callum",
			"Imogen", "Rory");

	private static final List<String> UK_LAST = List.of("Davies", "O'Connor", "Patel", "Pemberton", "MacLeod",
			"Ashworth", "Llewellyn", "Begum");

	private static final List<String> DE_FIRST = List.of("Jürgen", "Anneliese", "Björn", "Käthe", "Lukas", "Sören",
			"Mia", "Gülşen");

	private static final List<String> DE_LAST = List.of("Weiß", "Müller", "Schröder", "Große", "Öztürk", "Krämer",
			"Hoffmann", "Jäger");

	private static final List<String> FR_FIRST = List.of("Zoë", "Hélène", "Jérôme", "Benoît", "Léa", "François",
			"Anaïs", "Gaël");

	private static final List<String> FR_LAST = List.of("Lefèvre", "Dubois", "Mercier", "Bélanger", "Faure", "Rousseau",
			"Gauthier", "Chevalier");

	private static final List<String> ES_FIRST = List.of("José", "Begoña", "Iñigo", "Lucía", "Martín", "Sofía");

	private static final List<String> ES_LAST = List.of("Núñez", "García", "Ibáñez", "Muñoz", "Gómez", "Peña");

	private static final List<String> NORDIC_FIRST = List.of("Åsa", "Søren", "Björn", "Linnéa", "Mikko", "Ingrid");

	private static final List<String> NORDIC_LAST = List.of("Åkesson", "Lindqvist", "Østergaard", "Virtanen", "Sjöberg",
			"Halvorsen");

	private static final List<String> JP_FIRST = List.of("花子:hanako", "翔太:shota", "美咲:misaki", "健一:kenichi", "陽菜:hina",
			"大輔:daisuke", "さくら:sakura", "拓海:takumi");

	private static final List<String> JP_LAST = List.of("佐藤:sato", "鈴木:suzuki", "高橋:takahashi", "田中:tanaka", "伊藤:ito",
			"渡辺:watanabe", "山本:yamamoto", "中村:nakamura");

	private People() {
	}

	static Person contact(Market market, Rng rng) {
		return switch (market) {
			case US -> latin(rng.pick(US_FIRST), rng.pick(US_LAST));
			case UK -> latin(rng.pick(UK_FIRST), rng.pick(UK_LAST));
			case DE -> latin(rng.pick(DE_FIRST), rng.pick(DE_LAST));
			case FR -> latin(rng.pick(FR_FIRST), rng.pick(FR_LAST));
			case ES -> latin(rng.pick(ES_FIRST), rng.pick(ES_LAST));
			case NORDIC -> latin(rng.pick(NORDIC_FIRST), rng.pick(NORDIC_LAST));
			case JP -> japanese(rng);
		};
	}

	static String accountManager(Market market, Rng rng) {
		return switch (market) {
			case US -> rng.pick(MANAGERS_WEST);
			case JP -> rng.pick(MANAGERS_JAPAN);
			default -> rng.pick(MANAGERS_EUROPE);
		};
	}

	private static Person japanese(Rng rng) {
		String[] first = rng.pick(JP_FIRST).split(":");
		String[] last = rng.pick(JP_LAST).split(":");
		String local = first[1] + "." + last[1];
		if (rng.chance(0.5)) {
			// family name first, as written in Japanese
			return new Person(last[0] + " " + first[0], local);
		}
		return new Person(capitalize(first[1]) + " " + capitalize(last[1]), local);
	}

	private static Person latin(String first, String last) {
		return new Person(first + " " + last, ascii(first) + "." + ascii(last));
	}

	private static String ascii(String name) {
		String plain = Normalizer.normalize(CompanyNames.ascii(name), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replace("ı", "i").replaceAll("[^a-z]", "");
	}

	private static String capitalize(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** A person's name as written, and the local part of their e-mail address. */
	record Person(String name, String emailLocal) {
	}

}
