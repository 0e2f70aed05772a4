import AWSCore
import Logging

extension AWSOptions {
    /// The logger `--log-file` and `--log-level` ask for; the silent logger when neither is given.
    ///
    /// `--log-file` alone logs at debug (one line per request); `--log-level` alone logs to stderr.
    func makeLogger() throws -> Logger {
        guard logFile != nil || logLevel != nil else { return AWSClient.silentLogger }
        let level = logLevel.flatMap(Logger.Level.init(rawValue:)) ?? .debug
        let sink: LogFile
        if let logFile {
            do {
                sink = try LogFile(path: logFile)
            } catch {
                throw CommandError(String(describing: error))
            }
        } else {
            sink = LogFile(standardError: ())
        }
        var logger = Logger(label: "flightdeck.aws") { label in FileLogHandler(label: label, sink: sink, level: level) }
        logger.logLevel = level
        return logger
    }
}
