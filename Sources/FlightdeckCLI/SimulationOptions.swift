import ArgumentParser
import SimulatorServer

/// The options `demo` and `simulate` share: the simulation's pace, seed, scenario and scale.
struct SimulationOptions: ParsableArguments {
    @Option(
        help:
            "Simulated seconds per wall-clock second (10 plays the 15-minute ramp in 90 s; default 10 for demo, 1 for simulate)."
    )
    var speed: Double?

    @Option(help: "The seed of the simulation's random draws; the same seed replays the same launch.")
    var seed: UInt64 = 1

    @Option(help: "A JSON scenario: faults at simulated seconds (see docs/scenario.example.json).")
    var scenario: String?

    @Option(
        help:
            "Add N quiet services (an Auto Scaling group, a target group and a database each), e.g. 1000 to measure scale."
    )
    var scale: Int = 0

    /// Rejects a speed outside (0, 1000] and a scale outside 0...10,000.
    func validate() throws {
        if let speed, !(speed > 0 && speed <= 1_000) {
            throw ValidationError("--speed must be above 0 and at most 1000")
        }
        guard scale >= 0, scale <= 10_000 else { throw ValidationError("--scale must be between 0 and 10000") }
    }

    /// The simulation these options describe, with its scenario scheduled; `defaultSpeed` when no --speed was given.
    func host(defaultSpeed: Double) async throws -> SimulationHost {
        var events: [ScenarioEvent] = []
        if let scenario {
            do { events = try Scenario.load(path: scenario) } catch { throw ValidationError(error.description) }
        }
        let host = SimulationHost(seed: seed, speed: speed ?? defaultSpeed, extraServices: scale)
        await host.schedule(events)
        return host
    }
}
