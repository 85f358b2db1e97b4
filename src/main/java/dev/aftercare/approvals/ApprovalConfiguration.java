package dev.aftercare.approvals;

import java.time.Clock;

import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision store, the import of reviewed workbooks, the auto-approval policy and the
 * billing outbox.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalConfiguration {

	@Bean
	DecisionStore decisionStore(JdbcTemplate jdbc, JobExplorer runs) {
		return new DecisionStore(jdbc, runs);
	}

	@Bean
	ApprovalImport approvalImport(DecisionStore decisionStore, PlatformTransactionManager transactionManager) {
		return new ApprovalImport(decisionStore, ownTransactions(transactionManager), Clock.systemUTC());
	}

	@Bean
	AutoApproval autoApproval(AutoApprovalSettings settings, DecisionStore decisionStore,
			PlatformTransactionManager transactionManager) {
		return new AutoApproval(settings, decisionStore, ownTransactions(transactionManager), Clock.systemUTC());
	}

	@Bean
	BillingOutbox billingOutbox(JdbcTemplate jdbc, DecisionStore decisionStore,
			PlatformTransactionManager transactionManager) {
		return new BillingOutbox(jdbc, decisionStore, ownTransactions(transactionManager), Clock.systemUTC());
	}

	@Bean
	FollowUpNotes followUpNotes(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		return new FollowUpNotes(jdbc, ownTransactions(transactionManager), Clock.systemUTC());
	}

	/**
	 * Decisions and hand-offs commit on their own, never with a step's transaction: a
	 * billing file is written only after its rows are committed.
	 */
	private static TransactionTemplate ownTransactions(PlatformTransactionManager transactionManager) {
		TransactionTemplate template = new TransactionTemplate(transactionManager);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

}
