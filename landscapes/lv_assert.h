// LV_ASSERT(cond, "message"): programmer errors, checked in debug builds and in the sanitizer test
// build (no NDEBUG), compiled out of Release. It lives in the lowest layer so that every layer,
// optim included, can use it without knowing anything else of landscapes/.
#pragma once

#include <cstdio>
#include <cstdlib>

#ifdef NDEBUG
#define LV_ASSERT(cond, message) ((void)0)
#else
#define LV_ASSERT(cond, message)                                                                            \
  ((cond) ? (void)0                                                                                         \
          : (std::fprintf(stderr, "%s:%d: LV_ASSERT(%s) failed: %s\n", __FILE__, __LINE__, #cond, message), \
             std::abort()))
#endif
