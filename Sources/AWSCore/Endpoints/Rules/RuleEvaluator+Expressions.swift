/// Expressions of the rules language: literals, templates, references and the functions the rule
/// sets of `AWSService.all` call.
extension RuleEvaluator {
    /// The value of `expression`; nil for an unset reference.
    func value(of expression: RuleValue, scope: [String: RuleValue]) throws(RuleSetError) -> RuleValue? {
        switch expression {
        case let .string(template):
            return .string(try expand(template, scope: scope))
        case let .array(elements):
            var values: [RuleValue] = []
            for element in elements { values.append(try value(of: element, scope: scope) ?? .null) }
            return .array(values)
        case let .object(members):
            if let name = members["ref"]?.string { return scope[name] }
            if let function = members["fn"]?.string {
                var arguments: [RuleValue?] = []
                for argument in members["argv"]?.array ?? [] { arguments.append(try value(of: argument, scope: scope)) }
                return try call(function, arguments)
            }
            var values: [String: RuleValue] = [:]
            for (key, member) in members { values[key] = try value(of: member, scope: scope) ?? .null }
            return .object(values)
        default:
            return expression
        }
    }

    /// Calls one of the library's functions.
    private func call(_ function: String, _ arguments: [RuleValue?]) throws(RuleSetError) -> RuleValue? {
        let first = arguments.first ?? nil
        let second = arguments.count > 1 ? arguments[1] : nil
        switch function {
        case "isSet": return .bool(first != nil && first != .null)
        case "not": return .bool(!RuleValue.holds(first))
        case "booleanEquals", "stringEquals": return .bool(first != nil && first == second)
        case "getAttr": return first.flatMap { Self.attribute(of: $0, path: second?.string ?? "") }
        case "aws.partition": return first?.string.flatMap { partitions.outputs(for: $0) }.map { .object($0) }
        default: throw .unsupported("function \(function)")
        }
    }

    /// `getAttr`: the member at `path`, dotted names with optional `[index]` parts (`a.b[0]`).
    static func attribute(of value: RuleValue, path: String) -> RuleValue? {
        var current: RuleValue? = value
        for part in path.split(separator: ".") {
            let pieces = part.split(separator: "[", omittingEmptySubsequences: false)
            if let name = pieces.first, !name.isEmpty { current = current?[String(name)] }
            for piece in pieces.dropFirst() {
                guard let index = Int(piece.dropLast()), let elements = current?.array,
                    elements.indices.contains(index)
                else { return nil }
                current = elements[index]
            }
        }
        return current
    }

    /// A template string with `{Name}` and `{Name#path}` replaced, `{{` and `}}` unescaped.
    private func expand(_ template: String, scope: [String: RuleValue]) throws(RuleSetError) -> String {
        var result = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            let next = template.index(after: index)
            if (character == "{" || character == "}"), next < template.endIndex, template[next] == character {
                result.append(character)
                index = template.index(after: next)
            } else if character == "{" {
                guard let close = template[next...].firstIndex(of: "}") else {
                    throw .unsupported("unclosed template in \(template)")
                }
                let reference = template[next..<close].split(separator: "#", maxSplits: 1)
                var value = reference.first.flatMap { scope[String($0)] }
                if reference.count == 2, let whole = value {
                    value = Self.attribute(of: whole, path: String(reference[1]))
                }
                result += value?.templateText ?? ""
                index = template.index(after: close)
            } else {
                result.append(character)
                index = next
            }
        }
        return result
    }
}
