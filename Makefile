# Thin wrapper: installs what is missing, configures, builds, then runs or tests.
# WERROR=ON (as CI sets it) turns warnings into errors; the choice sticks in the build dir.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# The sanitized build (clang, ASan + UBSan) has a folder of its own; it also holds the fuzz targets.
ASAN_BUILD_DIR ?= build-asan
FUZZ_SECONDS ?= 60

.PHONY: all deps configure build run test test-asan fuzz bench screenshots format clean

all: build

deps:
	@./scripts/setup-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(if $(WERROR),-DDUOCOACH_WERROR=$(WERROR)) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	@./scripts/run-gui.sh $(BUILD_DIR)/app/duocoach $(ARGS)

test: build
	@ctest --test-dir $(BUILD_DIR) --output-on-failure --parallel $(JOBS)

# The whole suite once more, under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	@cmake -S . -B $(ASAN_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_COMPILER=clang++ -DDUOCOACH_SANITIZE=ON -DDUOCOACH_FUZZ=ON >/dev/null
	@cmake --build $(ASAN_BUILD_DIR) --parallel $(JOBS)
	@./scripts/sanitizer-env.sh ctest --test-dir $(ASAN_BUILD_DIR) --output-on-failure --parallel $(JOBS)

# Each fuzz target for FUZZ_SECONDS, from its seed corpus (see scripts/run-fuzzers.sh).
fuzz: deps
	@BUILD_DIR=$(ASAN_BUILD_DIR) JOBS=$(JOBS) ./scripts/run-fuzzers.sh $(FUZZ_SECONDS)

# The README's pictures, in Dutch, from fresh demo data (tests/docshots).
screenshots: build
	@$(BUILD_DIR)/tests/docshots/duocoach-docshots docs

bench: build
	@$(BUILD_DIR)/tests/bench/duocoach-bench

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	@rm -rf $(BUILD_DIR) $(ASAN_BUILD_DIR)
