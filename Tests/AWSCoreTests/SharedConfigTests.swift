import Foundation
import Testing

@testable import AWSCore

/// Loading and merging `~/.aws/config` and `~/.aws/credentials`.
@Suite struct SharedConfigTests {
    /// Profiles merge from both files, credentials file winning; sso-sessions are kept apart.
    @Test func mergesBothFiles() throws {
        let test = try TestEnvironment()
        try test.config(
            """
            [default]
            region = eu-west-1
            [profile prod]
            region = us-east-1
            aws_access_key_id = FROMCONFIG
            [profile "spaced name"]
            region = ap-south-1
            [sso-session corp]
            sso_region = us-east-1
            sso_start_url = https://corp.awsapps.com/start
            [services local]
            ignored = yes
            """)
        try test.credentials(
            """
            [prod]
            aws_access_key_id = FROMCREDENTIALS
            aws_secret_access_key = secret
            """)
        let config = try SharedConfig.load(from: test.make())
        #expect(config.profile("default")?["region"] == "eu-west-1")
        let prod = try #require(config.profile("prod"))
        #expect(prod["aws_access_key_id"] == "FROMCREDENTIALS")
        #expect(prod.configProperties["aws_access_key_id"] == "FROMCONFIG")
        #expect(prod["region"] == "us-east-1")
        #expect(config.profile("spaced name")?["region"] == "ap-south-1")
        #expect(config.ssoSessions["corp"]?["sso_region"] == "us-east-1")
        #expect(config.profile("local") == nil)
    }

    /// `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE` move the files; `~` expands to home.
    @Test func honoursFileVariables() throws {
        let test = try TestEnvironment()
        try test.home.write("elsewhere/cfg", "[profile a]\nregion = us-west-2\n")
        try test.home.write("elsewhere/creds", "[a]\naws_access_key_id = ID\n")
        let config = try SharedConfig.load(
            from: test.make([
                "AWS_CONFIG_FILE": "~/elsewhere/cfg", "AWS_SHARED_CREDENTIALS_FILE": test.home.path + "/elsewhere/creds"
            ]))
        #expect(config.configPath == test.home.path + "/elsewhere/cfg")
        #expect(config.profile("a")?["region"] == "us-west-2")
        #expect(config.profile("a")?["aws_access_key_id"] == "ID")
    }

    /// Missing files are empty; a malformed one names its path and line.
    @Test func missingIsEmptyMalformedIsAnError() throws {
        let test = try TestEnvironment()
        #expect(try SharedConfig.load(from: test.make()).profiles.isEmpty)
        try test.credentials("[default]\naws_access_key_id = A\naws_secret_access_key\n")
        #expect(
            throws: ConfigFileError(
                path: test.home.path + "/.aws/credentials", line: 3,
                problem: "expected 'key = value' or '[section]'")
        ) {
            try SharedConfig.load(from: test.make())
        }
    }

    /// A file that is not UTF-8 is reported without a line.
    @Test func invalidUTF8() throws {
        let test = try TestEnvironment()
        let path = test.home.path + "/.aws/config"
        try FileManager.default.createDirectory(atPath: test.home.path + "/.aws", withIntermediateDirectories: true)
        try Data([0x5B, 0xFF, 0xFE, 0x5D]).write(to: URL(fileURLWithPath: path))
        #expect(throws: ConfigFileError(path: path, line: nil, problem: "is not valid UTF-8")) {
            try SharedConfig.load(from: test.make())
        }
    }
}
