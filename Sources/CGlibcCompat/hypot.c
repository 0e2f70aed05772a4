#include "CGlibcCompat.h"

#if defined(__x86_64__)
#define FLIGHTDECK_GLIBC_BASE "GLIBC_2.2.5"
#elif defined(__aarch64__)
#define FLIGHTDECK_GLIBC_BASE "GLIBC_2.17"
#endif

#ifdef FLIGHTDECK_GLIBC_BASE
double flightdeck_hypot_base(double, double);
float flightdeck_hypotf_base(float, float);
__asm__(".symver flightdeck_hypot_base, hypot@" FLIGHTDECK_GLIBC_BASE);
__asm__(".symver flightdeck_hypotf_base, hypotf@" FLIGHTDECK_GLIBC_BASE);

double __wrap_hypot(double x, double y) { return flightdeck_hypot_base(x, y); }
float __wrap_hypotf(float x, float y) { return flightdeck_hypotf_base(x, y); }
#else
#include <math.h>
double __wrap_hypot(double x, double y) { return hypot(x, y); }
float __wrap_hypotf(float x, float y) { return hypotf(x, y); }
#endif
