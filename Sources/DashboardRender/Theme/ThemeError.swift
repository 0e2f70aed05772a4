import YAMLReading

/// Why a theme file could not be used: the file and, when known, the line and column (a YAML file error).
public typealias ThemeError = YAMLFileError

/// A position in a theme file.
typealias ThemeLocation = YAMLPosition

/// A value read from a theme file, with where it was written.
typealias Located<Value: Sendable & Hashable> = YAMLLocated<Value>
