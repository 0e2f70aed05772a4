# Flightdeck's entry points. `make demo` and `make test` are the README's two commands.
SWIFT ?= swift

.PHONY: deps test-deps build test demo sigv4-suite bench fuzz clean

deps:
	@scripts/install-deps

test-deps:
	@scripts/install-deps --test

build: deps
	$(SWIFT) build

## Installs what the tests need, then runs every test (moto and the SigV4 suite included).
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

## Runs AWS's SigV4 suite through `flightdeck sign`, as a user would.
sigv4-suite: build
	../shared/tools/sigv4-check --skip-known -- .build/debug/flightdeck sign --service service --region us-east-1

## Installs what is needed, then starts the dashboard against the built-in launch-day simulator.
demo: deps
	$(SWIFT) build -c release --product flightdeck
	.build/release/flightdeck demo

clean:
	rm -rf .build

## Speed and size benchmarks (release build), each printed with its ratio against a baseline of the same run.
bench: deps
	$(SWIFT) build -c release --product flightdeck-bench
	.build/release/flightdeck-bench

## libFuzzer targets for every parser of outside input (Fuzz/), FUZZ_RUNS inputs each (default 1,000,000). Not in CI.
fuzz: deps
	scripts/fuzz
