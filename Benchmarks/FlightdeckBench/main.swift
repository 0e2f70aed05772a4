// flightdeck-bench: speed and size measurements, each printed with its ratio against a baseline
// measured in the same run. Run with `make bench` (release build).
let arguments = Set(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments.contains("render") {
    RenderBenchmark.run()
}
