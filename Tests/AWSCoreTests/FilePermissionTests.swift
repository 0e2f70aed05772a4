import AWSCore
import Foundation
import TestSupport
import Testing

/// The one-line warning for shared files that the group or others can reach.
@Suite struct FilePermissionTests {
    @Test func aFileOthersOrTheGroupCanReachGetsAOneLineWarning() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("credentials", "[default]\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(
            FilePermissions.looseModeWarning(path: path)
                == "warning: \(path) is accessible by others (mode 0644); it may hold secrets: chmod 600 \(path)")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(FilePermissions.looseModeWarning(path: path)?.contains("accessible by its group (mode 0640)") == true)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(FilePermissions.looseModeWarning(path: path) == nil)
        #expect(FilePermissions.looseModeWarning(path: directory.path + "/none") == nil)
        #expect(FilePermissions.looseModeWarning(path: directory.path) == nil, "a directory is not checked")
    }

    @Test func bothSharedFilesAreChecked() throws {
        let directory = try TemporaryDirectory()
        let config = try directory.write(".aws/config", "[default]\n")
        let credentials = try directory.write(".aws/credentials", "[default]\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o604], ofItemAtPath: config)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: credentials)
        let environment = AWSEnvironment(
            variables: [:], homeDirectory: directory.path, transport: ScriptedTransport([]))
        let warnings = SharedConfig.permissionWarnings(environment: environment)
        #expect(warnings.count == 1 && warnings.first?.contains(config) == true)
    }
}
