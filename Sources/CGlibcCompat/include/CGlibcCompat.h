#ifndef CGLIBCCOMPAT_H
#define CGLIBCCOMPAT_H

/// hypot and hypotf bound to their first glibc versions. Release builds link with
/// `--wrap=hypot --wrap=hypotf` (scripts/release-flags), so the static Foundation's calls come here
/// and the binary needs glibc 2.34 (RHEL 9, Amazon Linux 2023), not the 2.35 of the new hypot.
double __wrap_hypot(double x, double y);
float __wrap_hypotf(float x, float y);

/// Caps glibc malloc's arenas at `count` (mallopt M_ARENA_MAX, which Swift does not import);
/// nonzero on success. Call before any thread starts.
int flightdeck_limit_malloc_arenas(int count);

#endif
