# Thin wrapper: installs what is missing, configures, builds, then runs or tests.
# WERROR=ON (as CI sets it) turns warnings into errors; the choice sticks in the build dir.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench format clean

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

bench: build
	@$(BUILD_DIR)/tests/bench/duocoach-bench

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	@rm -rf $(BUILD_DIR)
