/**
 * The tools jar's command line: the generator and the floor, which the job's jar does not
 * carry.
 */
package dev.aftercare.tools;
