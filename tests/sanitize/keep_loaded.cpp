// Preloaded (LD_PRELOAD) into the sanitizer test runs only: dlclose() keeps libraries mapped.
// Mesa unloads its driver (swrast_dri.so, libGLX_mesa.so) when the display closes; LeakSanitizer
// runs at exit, and a leak allocated by an unloaded library shows only "<unknown module>" frames,
// which clang 14's suppressions cannot match. Kept mapped, the driver's memory is attributed to
// its library (and its globals still count as roots), so lsan.supp can name it.
// ASan's own dlclose interceptor in the test binary forwards to the next definition, this one.
extern "C" int dlclose(void* /*handle*/) { return 0; }
