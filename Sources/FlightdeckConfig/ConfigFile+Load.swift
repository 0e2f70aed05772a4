import Foundation

extension ConfigFile {
    /// Where the config file is: `option` (from `--config`) if given, else
    /// `$XDG_CONFIG_HOME/flightdeck/config.yaml`, else `HOME/.config/flightdeck/config.yaml`.
    public static func location(option: String?, environment: [String: String], home: String) -> (
        path: String, explicit: Bool
    ) {
        if let option, !option.isEmpty { return (option, true) }
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return (base + "/flightdeck/config.yaml", false)
    }

    /// Reads and parses the config file at `location`: nil when the default file does not exist;
    /// a missing `--config` file, an unreadable one and a malformed one are errors naming the file.
    public static func load(at location: (path: String, explicit: Bool)) throws(ConfigError) -> ConfigFile? {
        let path = location.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if location.explicit { throw ConfigError(file: path, message: "no such file (given by --config)") }
            return nil
        }
        if isDirectory.boolValue { throw ConfigError(file: path, message: "is a directory, not a config file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, message: "cannot be read (permission denied?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, message: "is not valid UTF-8")
        }
        return try parse(text, path: path)
    }
}
