/**
 * Finance's decisions on credit lines and billing's outbox: reviewed workbooks in,
 * decisions stored with who made them, each approved change handed to billing once.
 */
package dev.aftercare.approvals;
