package dev.aftercare.reports.pdf;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownPostmortemTests {

	private final String markdown = new MarkdownPostmortem(Samples.kit()).render(Samples.postmortem().publicPart());

	@Test
	void hasThePublicSectionsAsMarkdownHeadings() {
		assertThat(this.markdown.lines().filter((line) -> line.startsWith("#")).toList()).containsExactly(
				"# Postmortem: API errors in 東京 and Frankfurt", "## In short", "## What happened", "## Why it happened",
				"## Workaround", "## What we are doing so that it does not happen again", "## Timeline of our updates",
				"## Impact by service and region", "## Service credits", "## Thank you");
	}

	@Test
	void carriesTheSameSummaryTimelineImpactAndCredits() {
		assertThat(this.markdown).contains("| Customers affected | 42 |", "| Duration | 2 h 30 min |",
				"| 2026-10-03 15:10 UTC (17:10 CEST) | Email | We have found the cause and are rolling out a fix. |",
				"- **API / Europe Central**: Major outage 2026-10-03 14:25 to 15:10 UTC; Partial outage",
				"- enterprise: SLA credit, 10%\n- starter: Goodwill credit, 5%\n",
				"Incident INC-7, published by Example Cloud on 2026-11-02",
				"- We now renew certificates automatically 30 days before they expire.");
	}

	@Test
	void carriesNoInternalTextAndNoCustomerName() {
		assertThat(this.markdown).doesNotContain("ROOT-CAUSE-SECRET", "INTERNAL-ONLY", "Alert: API 5xx",
				Samples.JAPANESE_CUSTOMER, Samples.CAFE);
	}

	@Test
	void apologisesOnce() {
		assertThat(this.markdown.split("We are sorry", -1)).hasSize(2);
	}

	@Test
	void inputTextCannotBecomeMarkdown() {
		assertThat(MarkdownPostmortem.escape("**bold** <b>x</b> [link](y) # not a heading"))
			.isEqualTo("\\*\\*bold\\*\\* \\<b\\>x\\</b\\> \\[link\\](y) \\# not a heading");
		assertThat(MarkdownPostmortem.escape("- not a list\n1. not a list either\n    not code"))
			.isEqualTo("\\- not a list\n1\\. not a list either\nnot code");
		assertThat(MarkdownPostmortem.cell("a | b\nc")).isEqualTo("a \\| b c");
	}

	@Test
	void zeroesAndAllRegionsReadAsWords() {
		PublicPostmortem base = Samples.postmortem().publicPart();
		PublicPostmortem everywhere = new PublicPostmortem(base.incidentId(), base.title(), base.severity(),
				base.type(), base.services(), List.of(), base.startedAt(), base.resolvedAt(), base.published(), 0, null,
				null, null, List.of(), base.timeline(), base.scopes(), base.longOutage(), base.compensation());
		String text = new MarkdownPostmortem(Samples.kit()).render(everywhere);
		assertThat(text).contains("| Affected regions | all regions |", "| Customers affected | 0 |",
				"The timeline below shows what we told customers", "We are still establishing the cause",
				"We had no workaround to offer");
	}

}
