/**
 * The workbooks people work in: the credit review finance signs off and the follow-up
 * list support and account managers work through.
 */
package dev.aftercare.reports.xlsx;
