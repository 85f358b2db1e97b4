/**
 * The terms of service that turn downtime into credits: loading {@code terms.yml},
 * checking every key, and the values the rules read.
 */
package dev.aftercare.terms;
