import YAMLReading

/// A config file that cannot be used: the file, the line and column when known, and what is wrong.
public typealias ConfigError = YAMLFileError
