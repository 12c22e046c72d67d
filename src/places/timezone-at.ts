import tzlookup from "@photostructure/tz-lookup";

/** Which boundary data answers `timezoneAt`, for responses and docs. */
export const TIMEZONE_BOUNDARY_SOURCE =
  "@photostructure/tz-lookup 11.7.0 (timezone-boundary-builder polygons, compressed)";

/**
 * The IANA zone in force at a point on Earth, from a compressed grid of the
 * timezone-boundary-builder polygons (@photostructure/tz-lookup, no I/O, about 70 KB). Over the
 * oceans it answers the nautical zone `Etc/GMT±N` (N = round(longitude / 15), sign inverted as
 * POSIX writes it: Etc/GMT+5 is UTC−5); at the North Pole `Etc/GMT`. Near borders the grid can
 * answer a neighbouring zone (the package's own figure: about 1 inhabited point in 10 differs
 * from the exact polygons, 1 in 20 with a different offset), so a known city is better looked up
 * with `searchPlaces`, whose zones are GeoNames' own.
 * @param latitude degrees in [−90, 90], north positive.
 * @param longitude degrees in [−180, 180], east positive.
 * @throws {RangeError} when a coordinate is out of range (the API's schema refuses those first).
 */
export function timezoneAt(latitude: number, longitude: number): string {
  return tzlookup(latitude, longitude);
}
