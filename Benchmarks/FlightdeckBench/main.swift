// flightdeck-bench: speed and size measurements, each printed with its ratio against a baseline
// measured in the same run. `make bench` runs `render`, `refresh`, `snapshot` and `scale`; `make bench-terminal` runs
// `terminal` (about 100 s). Name one or more modes to run only those.
import Foundation

let arguments = Set(CommandLine.arguments.dropFirst())
let quick = arguments.isEmpty
var ok = true
if quick || arguments.contains("render") {
    RenderBenchmark.run()
}
if quick || arguments.contains("refresh") {
    let refreshed = await RefreshBenchmark.run()
    let simulated = await SimulatorRefreshBenchmark.run(runs: RefreshBenchmark.runs)
    ok = ok && refreshed && simulated
}
if quick || arguments.contains("snapshot") {
    let snapshot = await SnapshotProcessBenchmark.run()
    ok = ok && snapshot
}
if quick || arguments.contains("scale") {
    let scale = await ScaleSnapshotBenchmark.run()
    ok = ok && scale
}
if arguments.contains("terminal") {
    let watched = TerminalBenchmark.run()
    ok = ok && watched
}
exit(ok ? 0 : 1)
