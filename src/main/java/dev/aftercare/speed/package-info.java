/**
 * Code that exists only for speed: the COPY encoders, the parser thread, the SXSSF sheet
 * writer that reaches into POI's protected members and its UTF-8 escaper. Each piece has
 * a differential test against the plain library path, and {@code PoiSeamTests} fails
 * loudly when POI changes what the sheet writer relies on. Every piece is removable the
 * day the library is fast enough: its callers then use the plain path the test names.
 */
package dev.aftercare.speed;
