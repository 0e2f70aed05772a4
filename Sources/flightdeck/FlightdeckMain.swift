import ArgumentParser
import CGlibcCompat
import FlightdeckCLI

/// The process entry point: limits malloc's arenas, then runs the `flightdeck` command.
@main
enum FlightdeckMain {
    /// glibc gives each thread that meets contention an arena of its own; a dashboard's five threads
    /// held four, about 1.7 MB resident, in a process that allocates little. Two are plenty on a
    /// bastion's few cores. Set before any thread starts.
    static func main() async {
        _ = flightdeck_limit_malloc_arenas(2)
        await Flightdeck.main()
    }
}
