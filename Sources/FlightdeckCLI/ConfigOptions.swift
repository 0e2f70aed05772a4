import ArgumentParser
import FlightdeckConfig
import FlightdeckPlatform
import Foundation

/// `--config` and `--stack`: which config file and which of its stacks to use.
struct ConfigOptions: ParsableArguments {
    /// The config file's path.
    @Option(
        help:
            "The config file (default: $XDG_CONFIG_HOME/flightdeck/config.yaml, else ~/.config/flightdeck/config.yaml)."
    )
    var config: String?

    /// The stack's name.
    @Option(help: "The stack of the config file to use (default: its defaultStack, if any).")
    var stack: String?

    /// The chosen stack, or nil when none is chosen; a missing default file is fine.
    ///
    /// Throws `CommandError` for a missing `--config` file, an invalid file, or an unknown stack,
    /// each naming the file (and line when there is one).
    func loadStack(environment: [String: String] = Platform.environment) throws -> StackConfig? {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let location = ConfigFile.location(option: config, environment: environment, home: home)
        let file: ConfigFile?
        do {
            file = try ConfigFile.load(at: location)
        } catch {
            throw CommandError(String(describing: error))
        }
        guard let file else {
            if let stack { throw CommandError("--stack \(stack): there is no config file at \(location.path)") }
            return nil
        }
        do {
            return try file.stack(named: stack)
        } catch {
            throw CommandError(String(describing: error))
        }
    }
}

/// A command's stack, with the AWS and selection flags laid over it, and the wiring made from them.
struct StackedOptions {
    /// The stack named, if any.
    var stack: StackConfig?
    /// The AWS flags over the stack's.
    var aws: AWSOptions
    /// The selection flags over the stack's.
    var selection: SelectionOptions

    /// Loads the stack of `config` and lays `aws` and `selection` over it (flags win).
    init(_ config: ConfigOptions, aws: AWSOptions, selection: SelectionOptions) throws {
        stack = try config.loadStack()
        self.aws = aws
        self.selection = selection
        self.aws.apply(stack)
        self.selection.apply(stack)
    }
}
