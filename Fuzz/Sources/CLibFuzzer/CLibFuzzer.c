// Declarations only (include/CLibFuzzer.h); SwiftPM needs one C file to make this a C target.
#include "CLibFuzzer.h"
