/// What a rule set resolved: the endpoint's URL and its properties (e.g. `authSchemes`).
struct RuleSetEndpoint: Sendable, Equatable {
    /// The URL, e.g. `https://autoscaling-fips.us-east-1.amazonaws.com`.
    var url: String
    /// The endpoint's properties, evaluated.
    var properties: [String: RuleValue]

    /// The region the first auth scheme signs for, if it names one.
    var signingRegion: String? {
        properties["authSchemes"]?.array?.first?["signingRegion"]?.string
    }
}

/// Why a rule set gave no endpoint.
enum RuleSetError: Error, Sendable, Equatable {
    /// An error rule matched: the SDKs' own reason, e.g. `Invalid Configuration: Missing Region`.
    case refused(String)
    /// The rule set uses something this engine does not know, or matched nothing.
    case unsupported(String)
}

/// One service's endpoint rule set (`endpoint-rule-set-1.json`), evaluated as the SDKs' rules engine does.
struct RuleSet: Sendable {
    /// The parameters by name, each with its `builtIn` and `default`.
    var parameters: [String: RuleValue]
    /// The top-level rules, tried in order.
    var rules: [RuleValue]

    /// Reads a rule set's JSON.
    init(json: String) throws {
        let root = try RuleValue.parse(json)
        parameters = root["parameters"]?.object ?? [:]
        rules = root["rules"]?.array ?? []
    }

    /// The endpoint for the built-in values given by id (`AWS::Region`, `AWS::UseFIPS`, ...), each other
    /// parameter taking its default.
    func resolve(builtIns: [String: RuleValue], partitions: Partitions) throws(RuleSetError) -> RuleSetEndpoint {
        var scope: [String: RuleValue] = [:]
        for (name, parameter) in parameters {
            if let builtIn = parameter["builtIn"]?.string, let value = builtIns[builtIn] {
                scope[name] = value
            } else if let value = parameter["default"] {
                scope[name] = value
            }
        }
        let evaluator = RuleEvaluator(partitions: partitions)
        guard let endpoint = try evaluator.evaluate(rules, scope: scope) else {
            throw .unsupported("no endpoint rule matched")
        }
        return endpoint
    }
}

/// Walks rules: the first whose conditions all hold decides (an endpoint, an error, or a tree to walk).
struct RuleEvaluator: Sendable {
    /// The partitions `aws.partition` reads.
    var partitions: Partitions

    /// The endpoint of the first matching rule of `rules`, nil when none matches.
    func evaluate(_ rules: [RuleValue], scope: [String: RuleValue]) throws(RuleSetError) -> RuleSetEndpoint? {
        for rule in rules {
            var local = scope
            guard try conditionsHold(rule["conditions"]?.array ?? [], scope: &local) else { continue }
            switch rule["type"]?.string {
            case "endpoint":
                let endpoint = rule["endpoint"]
                let url = try value(of: endpoint?["url"] ?? .null, scope: local)?.string ?? ""
                let properties = try value(of: endpoint?["properties"] ?? .object([:]), scope: local)?.object ?? [:]
                return RuleSetEndpoint(url: url, properties: properties)
            case "error":
                throw .refused(try value(of: rule["error"] ?? .null, scope: local)?.templateText ?? "")
            case "tree":
                guard let endpoint = try evaluate(rule["rules"]?.array ?? [], scope: local) else {
                    throw .unsupported("a tree rule matched none of its rules")
                }
                return endpoint
            default:
                throw .unsupported("rule type \(rule["type"]?.string ?? "none")")
            }
        }
        return nil
    }

    /// Whether every condition holds, in order, binding each `assign` into `scope` as it goes.
    private func conditionsHold(_ conditions: [RuleValue], scope: inout [String: RuleValue]) throws(RuleSetError)
        -> Bool
    {
        for condition in conditions {
            let result = try value(of: condition, scope: scope)
            guard RuleValue.holds(result) else { return false }
            if let name = condition["assign"]?.string, let result { scope[name] = result }
        }
        return true
    }
}
