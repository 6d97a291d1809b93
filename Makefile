# The README's two commands: `make run` (install, build, open the app) and `make test`
# (install, build, run every test). Both work on a fresh Debian 12 machine.
# `make test` runs, in order:
#   test-release   the Release build (gcc) and every ctest test
#   test-sanitize  a clang build with AddressSanitizer + UndefinedBehaviorSanitizer (the same build
#                  holds the libFuzzer targets) and every ctest test, GL ones under Xvfb included
#   fuzz           each libFuzzer target for FUZZ_SECONDS from its seed corpus, in parallel
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 60

# Sanitizer settings for every process of a sanitized test. Any report fails the test (UBSan is
# compiled with -fno-sanitize-recover). keep_loaded stops Mesa unloading its driver before the
# leak check at exit, so that lsan.supp can name the driver's libraries. use_tls=0: clang 14's
# LeakSanitizer reads a stale dynamic-TLS slot of Mesa's (glibc 2.36) now and then and its tracer
# crashes at exit ("DTLS 10 at 0x1048-0x180000214a", "Tracer caught signal 11"), more often on a
# loaded machine. Scanning fewer roots can only report more leaks, never hide one.
SANITIZE_ENV = \
	ASAN_OPTIONS=detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0:use_tls=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LD_PRELOAD=$(abspath $(SANITIZE_BUILD))/tests/sanitize/liblv_keep_loaded.so

.PHONY: setup build run test test-release build-sanitize test-sanitize fuzz clean

setup:
	bash scripts/setup

build: setup
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j$(JOBS)

run: build
	./$(BUILD)/app/lossviz

test: test-release test-sanitize fuzz

test-release: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# -O1 as ASan recommends, line tables for file:line in reports, and no -DNDEBUG: asserts stay on.
build-sanitize: setup
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_CXX_COMPILER=clang++ -DLV_FUZZ=ON \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only"
	cmake --build $(SANITIZE_BUILD) -j$(JOBS)

test-sanitize: build-sanitize
	cd $(SANITIZE_BUILD) && $(SANITIZE_ENV) ctest --output-on-failure -j$(JOBS)

fuzz: build-sanitize
	bash scripts/fuzz $(SANITIZE_BUILD) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
