import ArgumentParser
import FlightdeckCLI

/// The process entry point: the argument parser runs the `flightdeck` command asynchronously.
@main
extension Flightdeck {}
