/**
 * The shrink guard and its step: a run whose input has far fewer rows than the last
 * successful run of its period stops before it publishes anything.
 */
package dev.aftercare.guard;
