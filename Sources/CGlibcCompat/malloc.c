#include <malloc.h>
#include "CGlibcCompat.h"

int flightdeck_limit_malloc_arenas(int count) {
    return mallopt(M_ARENA_MAX, count);
}
