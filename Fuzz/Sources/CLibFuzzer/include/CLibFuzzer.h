#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for a program that has its own `main`: SwiftPM links an executable target's
/// `main` to `<Target>_main`, so each fuzz target calls this from there. Declared here because
/// libFuzzer ships no header for it; the symbol comes from `-sanitize=fuzzer`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
