import ArgumentParser

/// The `flightdeck` command and its subcommands.
public struct Flightdeck: AsyncParsableCommand {
    /// The command's name, summary and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "flightdeck",
        abstract: "A terminal dashboard for launch day on AWS.",
        version: FlightdeckVersion.description,
        subcommands: [
            DashboardCommand.self, DemoCommand.self, SnapshotCommand.self, ScaleCommand.self, ScheduleCommand.self,
            WhoamiCommand.self, DoctorCommand.self,
            SimulateCommand.self, ThemesCommand.self, SignCommand.self
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Creates the root command (used by the argument parser).
    public init() {}
}

/// The version of this build.
public enum FlightdeckVersion {
    /// The release number.
    public static let number = "0.1.0"
    /// The git commit of the build ("unknown" outside `make release`).
    public static let commit = BuildInfo.commit
    /// `flightdeck 0.1.0 (commit 1a2b3c4)`: what `--version` prints.
    public static let description = "flightdeck \(number) (commit \(commit))"
}
