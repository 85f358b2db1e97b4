package dev.aftercare.reports.xlsx;

/**
 * Ready-to-send drafts for one customer.
 *
 * @param callScript what to say on a call or chat, or {@code null} when support writes
 */
record MessageDraft(String subject, String body, String sms, String callScript) {
}
