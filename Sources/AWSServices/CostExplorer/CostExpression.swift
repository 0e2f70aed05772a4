extension CostExplorer {
    /// A Cost Explorer filter expression.
    public indirect enum Expression: Sendable, Equatable, Encodable {
        /// A dimension (`SERVICE`, `REGION`, `LINKED_ACCOUNT`, ...) equal to one of `values`.
        case dimension(key: String, values: [String])
        /// A cost-allocation tag equal to one of `values`.
        case tag(key: String, values: [String])
        /// All of the expressions.
        case and([Expression])
        /// Any of the expressions.
        case or([Expression])
        /// Not the expression.
        case not(Expression)

        /// The operator keys of an expression.
        private enum Keys: String, CodingKey {
            case Dimensions, Tags, And, Or, Not
        }

        /// The `{"Key": ..., "Values": [...]}` body of a dimension or tag match.
        private struct Values: Encodable {
            var Key: String
            var Values: [String]
        }

        /// Encodes as `{"Dimensions": {"Key": ..., "Values": [...]}}` and so on.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            switch self {
            case let .dimension(key, values):
                try container.encode(Values(Key: key, Values: values), forKey: .Dimensions)
            case let .tag(key, values): try container.encode(Values(Key: key, Values: values), forKey: .Tags)
            case let .and(expressions): try container.encode(expressions, forKey: .And)
            case let .or(expressions): try container.encode(expressions, forKey: .Or)
            case let .not(expression): try container.encode(expression, forKey: .Not)
            }
        }
    }
}
