import Foundation

/// Runs a profile's `credential_process` and reads its JSON (`Version` 1).
///
/// The command line is split as the AWS CLI splits it and run without a shell. Errors never quote
/// the process's standard output, which holds the secret.
enum ProcessCredentials {
    /// The name used in messages.
    static let sourceName = "credential_process"

    /// The credentials the profile's process prints; not found when the profile sets none.
    static func resolve(_ profile: ConfigProfile, environment: AWSEnvironment) async throws -> AWSCredentials {
        let name = sourceName
        guard let command = profile["credential_process"] else {
            throw CredentialError.notFound(source: name, detail: "profile \(profile.name) has no credential_process")
        }
        let arguments: [String]
        do {
            arguments = try CommandLineSplitter.split(command)
        } catch {
            throw CredentialError.failed(
                source: name, detail: "profile \(profile.name): credential_process cannot be split: \(error)")
        }
        guard let program = arguments.first else {
            throw CredentialError.failed(source: name, detail: "profile \(profile.name): credential_process is empty")
        }
        let output: ProcessOutput
        do {
            output = try await environment.processes.run(arguments, environment: environment.variables)
        } catch {
            throw CredentialError.failed(source: name, detail: "profile \(profile.name): \(error)")
        }
        guard output.status == 0 else {
            throw CredentialError.failed(
                source: name,
                detail:
                    "profile \(profile.name): \(program) exited with status \(output.status)\(stderrSummary(output.standardError))"
            )
        }
        guard let document = CredentialDocument(output.standardOutput) else {
            throw CredentialError.failed(
                source: name, detail: "profile \(profile.name): the output of \(program) is not a JSON object")
        }
        guard document.int("Version") == 1 else {
            throw CredentialError.failed(
                source: name, detail: "profile \(profile.name): the output of \(program) needs \"Version\": 1")
        }
        do {
            return try document.credentials(
                accessKey: "AccessKeyId", secretKey: "SecretAccessKey", token: "SessionToken",
                expiration: "Expiration", source: "\(name) (profile \(profile.name))")
        } catch {
            throw CredentialError.failed(
                source: name, detail: "profile \(profile.name): the output of \(program): \(error)")
        }
    }

    /// `: LAST LINE OF STDERR` (at most 200 characters), or nothing when it is empty.
    private static func stderrSummary(_ data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = text.split(whereSeparator: \.isNewline).last else { return "" }
        return ": " + String(last.prefix(200))
    }
}
