# Flightdeck's entry points. `make demo` and `make test` are the README's two commands.
SWIFT ?= swift
# Every release build of flightdeck links the same way: static Swift runtime, lld, scripts/release.order.
RELEASE_FLAGS = $(shell scripts/release-flags)

.PHONY: deps test-deps bench-deps build format lint test demo sigv4-suite bench bench-terminal soak release proof fuzz order-file clean

deps:
	@scripts/install-deps

test-deps:
	@scripts/install-deps --test

bench-deps:
	@scripts/install-deps --bench

build: deps
	$(SWIFT) build

## The Swift sources swift-format owns (its settings: .swift-format; generated data opts out in its first line).
SWIFT_SOURCES = Package.swift Sources Tests Benchmarks Fuzz

## Rewrites the sources in the project's format.
format:
	$(SWIFT) format format --in-place --parallel --recursive $(SWIFT_SOURCES)

## Fails on any line that `make format` would change, and on a target whose imports Package.swift does not declare.
lint:
	$(SWIFT) format lint --strict --parallel --recursive $(SWIFT_SOURCES)
	SWIFT=$(SWIFT) scripts/check-imports

## Installs what the tests need, checks the format, then runs every test (moto and the SigV4 suite included).
test: test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test

## Runs AWS's SigV4 suite (vendored in Tests/Fixtures) through `flightdeck sign`, as a user would.
sigv4-suite: build
	scripts/sigv4-suite --skip-known --sts-env -- .build/debug/flightdeck sign --service service --region us-east-1

## Installs what is needed, then starts the dashboard against the built-in launch-day simulator.
demo: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product flightdeck
	.build/release/flightdeck demo

clean:
	rm -rf .build dist

## The release archive: dist/flightdeck-VERSION-linux-ARCH.tar.gz (static Swift runtime, stripped,
## themes, completions, man page, README). Prints its size.
release: deps
	scripts/release

## Proves the archive on a bare Debian root (debootstrap; needs root) and prints the measurements.
## Not in CI: a cold run takes minutes (see DECISIONS.md).
proof: release
	scripts/bare-debian-proof

## Speed and size benchmarks (release build), each printed with its ratio against a baseline of the same run.
## About two minutes: frame time, one refresh against a seeded moto_server beside boto3 and the aws CLI,
## then the same refresh against `flightdeck simulate`, a server that answers concurrently.
bench: bench-deps
	$(SWIFT) build $(RELEASE_FLAGS) --product flightdeck
	$(SWIFT) build $(RELEASE_FLAGS) --product flightdeck-bench
	.build/release/flightdeck-bench

## An hour of simulated launch day at 10x with faults throughout, watched at a 1 s refresh (slow; not CI).
soak: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product flightdeck --scratch-path .build-soak
	scripts/soak --minutes $${SOAK_MINUTES:-60}

## The slow terminal figures (about two minutes): bytes per refresh at 120x40, CPU and memory over an idle minute.
bench-terminal: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product flightdeck
	$(SWIFT) build $(RELEASE_FLAGS) --product flightdeck-bench
	.build/release/flightdeck-bench terminal

## Regenerates scripts/release.order (the functions a running dashboard uses, laid out together by lld)
## from valgrind's callgrind watching `flightdeck demo`. Needs valgrind; about three minutes.
order-file: deps
	scripts/order-file

## libFuzzer targets for every parser of outside input (Fuzz/), FUZZ_RUNS inputs each (default 1,000,000). Not in CI.
fuzz: deps
	scripts/fuzz
