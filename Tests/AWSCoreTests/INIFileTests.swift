import Testing

@testable import AWSCore

/// The shared-file INI dialect: comments, nesting, `=` in values, and errors with file and line.
@Suite struct INIFileTests {
    /// Sections, comments, `=` inside values, nested blocks and continuation lines.
    @Test func parsesTheAWSDialect() throws {
        let text = """
            # a comment
            ; another comment
            [default]
            region = eu-west-1
            Output=json
            sso_start_url = https://example.awsapps.com/start?x=1&y=2
              [profile prod]
            role_arn = arn:aws:iam::123456789012:role/Admin
            s3 =
              max_concurrent_requests = 20
              addressing_style = path
            cli_pager =
            description = first line
                second line
            \r
            [default]
            region = us-east-2
            """
        let file = try INIFile.parse(text, path: "/x/config")
        #expect(file.sections.map(\.name) == ["default", "profile prod"])
        let defaults = try #require(file.section("default"))
        #expect(defaults.properties["region"] == "us-east-2")
        #expect(defaults.properties["output"] == "json")
        #expect(defaults.properties["sso_start_url"] == "https://example.awsapps.com/start?x=1&y=2")
        let prod = try #require(file.section("profile prod"))
        #expect(prod.subsections["s3"] == ["max_concurrent_requests": "20", "addressing_style": "path"])
        #expect(prod.properties["s3"] == "")
        #expect(prod.properties["cli_pager"] == "")
        #expect(prod.properties["description"] == "first line\nsecond line")
        #expect(prod.line == 7)
    }

    /// Indented keys at the same depth are separate properties, not continuations.
    @Test func indentedKeysAtTheSameDepthAreProperties() throws {
        let file = try INIFile.parse("[default]\n  region = us-east-1\n  output = json\n", path: "p")
        #expect(file.section("default")?.properties == ["region": "us-east-1", "output": "json"])
    }

    /// Each malformed line gives `path:line: problem`, without quoting the line.
    @Test(arguments: [
        ("[default]\nregion = x\nAKIAsecretLine\n", 3, "expected 'key = value' or '[section]'"),
        ("region = x\n", 1, "'key = value' before any '[section]' header"),
        ("[default\n", 1, "section header has no closing ']'"),
        ("[]\n", 1, "empty section name '[]'"),
        ("[default]\n = value\n", 2, "missing key before '='"),
        ("[default] extra\n", 1, "unexpected text after the section header's ']'"),
        ("[default]\ns3 =\n  nothing-here\n", 3, "expected 'key = value' in the block nested under 's3'")
    ])
    func malformedLinesNameFileAndLine(text: String, line: Int, problem: String) {
        do {
            _ = try INIFile.parse(text, path: "/home/x/.aws/config")
            Issue.record("expected an error")
        } catch let error as ConfigFileError {
            #expect(error.line == line)
            #expect(error.problem == problem)
            #expect(error.description == "/home/x/.aws/config:\(line): \(problem)")
            #expect(!error.description.contains("AKIAsecretLine"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// A trailing comment after a section header is allowed.
    @Test func commentAfterSectionHeader() throws {
        let file = try INIFile.parse("[default] # main\nregion = x\n", path: "p")
        #expect(file.section("default")?.properties["region"] == "x")
    }
}
