import DashboardModel
import YAMLReading
import Yams

extension ConfigFile {
    /// The top-level keys.
    static let topLevelKeys = ["defaultStack", "stacks"]
    /// The keys of a stack.
    static let stackKeys = [
        "profile", "regions", "selection", "theme", "color", "refresh", "alerts", "notify", "readOnly", "endpointURL"
    ]
    /// The keys of a stack's selection.
    static let selectionKeys = ["asg", "loadBalancers", "distributions", "databases", "tags", "maxResources"]
    /// The keys of a stack's alerts: the `AlertThresholds` fields.
    static let alertKeys = [
        "unhealthyTargetsPerZone", "hitRatioFloor", "errorRate5xxCeiling", "alertAtCeiling", "staleAfterIntervals"
    ]

    /// Reads a config file's text; `path` names it in errors. Unknown keys, wrong types and
    /// out-of-range values are errors at their line, naming the key.
    public static func parse(_ yaml: String, path: String) throws(ConfigError) -> ConfigFile {
        let reader = ConfigReader(nodes: YAMLNodeReader(file: path))
        var config = ConfigFile(path: path)
        guard let root = try reader.nodes.compose(yaml) else { return config }
        for (key, value) in try reader.nodes.mapping(root, what: "the config file") {
            switch key.value {
            case "defaultStack":
                let name = try reader.nodes.scalar(value, what: "defaultStack")
                config.defaultStack = name.value
                config.defaultStackLine = name.location.line
            case "stacks":
                for (name, body) in try reader.nodes.mapping(value, what: "stacks") {
                    config.stacks[name.value] = try reader.stack(body, name: name.value)
                }
            default:
                throw ConfigError(key.location, reader.unknown(key.value, in: nil, expected: topLevelKeys))
            }
        }
        return config
    }
}

/// Reads the parts of a config file into values, with the key path in every error.
private struct ConfigReader {
    /// The file's node reader.
    let nodes: YAMLNodeReader

    /// "unknown key ..." with what was expected.
    func unknown(_ key: String, in path: String?, expected: [String]) -> String {
        let place = path.map { " in \($0)" } ?? ""
        return "unknown key '\(key)'\(place): expected one of \(expected.joined(separator: ", "))"
    }

    /// One stack.
    func stack(_ node: Node, name: String) throws(ConfigError) -> StackConfig {
        var stack = StackConfig(name: name)
        let path = "stacks.\(name)"
        for (key, value) in try nodes.mapping(node, what: path) {
            let keyPath = "\(path).\(key.value)"
            switch key.value {
            case "profile": stack.profile = try text(value, keyPath)
            case "regions": stack.regions = try nodes.list(value, what: keyPath).map(\.value)
            case "selection": stack.selection = try selection(value, path: keyPath)
            case "theme": stack.theme = try text(value, keyPath)
            case "color":
                let word = try nodes.scalar(value, what: keyPath)
                guard let color = HeaderColor(name: word.value) else {
                    let known = HeaderColor.allCases.map { "\($0.rawValue) (\($0.roleName))" }.joined(separator: ", ")
                    throw ConfigError(
                        word.location, "\(keyPath): unknown colour '\(word.value)': expected one of \(known)")
                }
                stack.color = color
            case "refresh": stack.refresh = try refresh(value, path: keyPath)
            case "alerts": stack.alerts = try alerts(value, path: keyPath)
            case "notify":
                let word = try nodes.scalar(value, what: keyPath)
                guard let mode = NotificationMode(rawValue: word.value) else {
                    throw ConfigError(
                        word.location,
                        "\(keyPath): unknown notification '\(word.value)': expected one of \(NotificationMode.names)")
                }
                stack.notify = mode
            case "readOnly": stack.readOnly = try bool(value, keyPath)
            case "endpointURL": stack.endpointURL = try text(value, keyPath)
            default:
                throw ConfigError(key.location, unknown(key.value, in: path, expected: ConfigFile.stackKeys))
            }
        }
        return stack
    }

    /// A stack's `selection`.
    func selection(_ node: Node, path: String) throws(ConfigError) -> StackSelection {
        var selection = StackSelection()
        for (key, value) in try nodes.mapping(node, what: path) {
            let keyPath = "\(path).\(key.value)"
            switch key.value {
            case "asg": selection.groups = try nodes.list(value, what: keyPath).map(\.value)
            case "loadBalancers": selection.loadBalancers = try nodes.list(value, what: keyPath).map(\.value)
            case "distributions": selection.distributions = try nodes.list(value, what: keyPath).map(\.value)
            case "databases": selection.databases = try nodes.list(value, what: keyPath).map(\.value)
            case "tags":
                for (tag, tagValue) in try nodes.mapping(value, what: keyPath) {
                    selection.tags[tag.value] = try nodes.scalar(tagValue, what: "\(keyPath).\(tag.value)").value
                }
            case "maxResources": selection.maxResources = try int(value, keyPath, minimum: 1)
            default:
                throw ConfigError(key.location, unknown(key.value, in: path, expected: ConfigFile.selectionKeys))
            }
        }
        return selection
    }

    /// A stack's `refresh`: seconds by data source.
    func refresh(_ node: Node, path: String) throws(ConfigError) -> [DataSource: Double] {
        var intervals: [DataSource: Double] = [:]
        for (key, value) in try nodes.mapping(node, what: path) {
            guard let source = DataSource(rawValue: key.value) else {
                throw ConfigError(
                    key.location, unknown(key.value, in: path, expected: DataSource.allCases.map(\.rawValue)))
            }
            intervals[source] = try number(value, "\(path).\(key.value)", above: 0)
        }
        return intervals
    }

    /// A stack's `alerts`, on top of the default thresholds.
    func alerts(_ node: Node, path: String) throws(ConfigError) -> AlertThresholds {
        var thresholds = AlertThresholds()
        for (key, value) in try nodes.mapping(node, what: path) {
            let keyPath = "\(path).\(key.value)"
            switch key.value {
            case "unhealthyTargetsPerZone": thresholds.unhealthyTargetsPerZone = try int(value, keyPath, minimum: 1)
            case "hitRatioFloor": thresholds.hitRatioFloor = try fraction(value, keyPath)
            case "errorRate5xxCeiling": thresholds.errorRate5xxCeiling = try fraction(value, keyPath)
            case "alertAtCeiling": thresholds.alertAtCeiling = try bool(value, keyPath)
            case "staleAfterIntervals": thresholds.staleAfterIntervals = try number(value, keyPath, above: 0)
            default:
                throw ConfigError(key.location, unknown(key.value, in: path, expected: ConfigFile.alertKeys))
            }
        }
        return thresholds
    }

    /// A non-empty string.
    func text(_ node: Node, _ path: String) throws(ConfigError) -> String {
        let value = try nodes.scalar(node, what: path)
        guard !value.value.isEmpty else { throw ConfigError(value.location, "\(path): expected a value, got nothing") }
        return value.value
    }

    /// `true` or `false`.
    func bool(_ node: Node, _ path: String) throws(ConfigError) -> Bool {
        let value = try nodes.scalar(node, what: path)
        switch value.value.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw ConfigError(value.location, "\(path): expected true or false, got '\(value.value)'")
        }
    }

    /// A whole number of at least `minimum`.
    func int(_ node: Node, _ path: String, minimum: Int) throws(ConfigError) -> Int {
        let value = try nodes.scalar(node, what: path)
        guard let number = Int(value.value), number >= minimum else {
            throw ConfigError(
                value.location, "\(path): expected a whole number of at least \(minimum), got '\(value.value)'")
        }
        return number
    }

    /// A finite number above `above`.
    func number(_ node: Node, _ path: String, above: Double) throws(ConfigError) -> Double {
        let value = try nodes.scalar(node, what: path)
        guard let number = Double(value.value), number.isFinite, number > above else {
            throw ConfigError(value.location, "\(path): expected a number above \(Int(above)), got '\(value.value)'")
        }
        return number
    }

    /// A number from 0 to 1.
    func fraction(_ node: Node, _ path: String) throws(ConfigError) -> Double {
        let value = try nodes.scalar(node, what: path)
        guard let number = Double(value.value), number >= 0, number <= 1 else {
            throw ConfigError(value.location, "\(path): expected a fraction from 0 to 1, got '\(value.value)'")
        }
        return number
    }
}
