package dev.aftercare.reports.xlsx;

/** Ready-to-send drafts for one customer. */
record MessageDraft(String subject, String body, String sms) {
}
