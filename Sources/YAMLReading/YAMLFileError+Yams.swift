import Yams

extension YAMLFileError {
    /// An error for YAML that Yams could not read, at the position Yams reports.
    public init(yaml error: YamlError, file: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            self.init(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(detail)")
        case let .duplicatedKeysInMapping(duplicates, context):
            self.init(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "duplicate keys: \(duplicates.joined(separator: ", "))")
        case let .reader(problem, offset, _, yaml):
            let line = offset.map { yaml.utf8.prefix($0).filter { $0 == UInt8(ascii: "\n") }.count + 1 }
            self.init(file: file, line: line, message: "cannot read text: \(problem)")
        default:
            self.init(file: file, message: "invalid YAML: \(error)")
        }
    }
}
