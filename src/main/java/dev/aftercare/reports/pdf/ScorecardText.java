package dev.aftercare.reports.pdf;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scorecard in words, for the internal edition and the monthly report: each measure
 * with its value and whether it met its target, and a verdict that says plainly which
 * targets were missed.
 */
final class ScorecardText {

	private static final String KEY = "internal.scorecard.";

	private final PostmortemText text;

	ScorecardText(PostmortemText text) {
		this.text = text;
	}

	String detection(Scorecard card) {
		return duration(card.toDetection());
	}

	String acknowledgement(Scorecard card) {
		return duration(card.toAcknowledgement());
	}

	String silence(Scorecard card) {
		return (card.longestSilence() != null) ? TimeText.duration(card.longestSilence()) : word("none");
	}

	String channels(Scorecard card) {
		return card.channels().isEmpty() ? word("none") : this.text.channels(card.channels());
	}

	String allClear(Scorecard card) {
		return word(card.allClear() ? "sent" : "not_sent");
	}

	/** Measure, value and verdict, one row per measure. */
	List<List<String>> rows(Scorecard card) {
		String target = " (target " + TimeText.duration(card.target()) + ")";
		return List.of(List.of(word("detection"), detection(card), ""),
				List.of(word("acknowledgement"), acknowledgement(card) + target, met(card.acknowledgementMet())),
				List.of(word("silence"), silence(card) + target, met(card.silenceMet())),
				List.of(word("channels"), channels(card), ""),
				List.of(word("all_clear"), allClear(card), met(card.allClear())));
	}

	/** "Met every target", or which it missed. */
	String verdict(Scorecard card) {
		if (card.allMet()) {
			return word("all_met");
		}
		return word("some_missed") + " " + card.misses().stream().map(this::word).collect(Collectors.joining("; "))
				+ ".";
	}

	private String met(boolean met) {
		return word(met ? "met" : "missed");
	}

	private String duration(Duration duration) {
		return (duration != null) ? TimeText.duration(duration) : word("not_recorded");
	}

	private String word(String key) {
		return this.text.word(KEY + key);
	}

}
