package dev.aftercare.reports.pdf;

/** A postmortem in both editions: what customers read, and what only staff read. */
record Postmortem(PublicPostmortem publicPart, InternalDetail internal) {
}
