import AWSCore
import AWSSigV4
import Testing

/// Region resolution order and its error.
@Suite struct RegionResolverTests {
    /// `--region`, then `AWS_REGION`, then `AWS_DEFAULT_REGION`, then the profile's `region`.
    @Test func order() async throws {
        let test = try TestEnvironment()
        try test.config("[default]\nregion = eu-west-1\n[profile prod]\nregion = us-west-2\n")
        let all = ["AWS_REGION": "eu-north-1", "AWS_DEFAULT_REGION": "ap-south-1"]
        #expect(
            try await RegionResolver(environment: test.make(all), option: "sa-east-1").resolve()
                == ResolvedRegion(name: "sa-east-1", source: "--region"))
        #expect(try await RegionResolver(environment: test.make(all)).resolve().source == "AWS_REGION")
        #expect(
            try await RegionResolver(environment: test.make(["AWS_DEFAULT_REGION": "ap-south-1"])).resolve().name
                == "ap-south-1")
        #expect(try await RegionResolver(environment: test.make()).resolve().name == "eu-west-1")
        let prod = try await RegionResolver(environment: test.make(["AWS_PROFILE": "prod"])).resolve()
        #expect(prod == ResolvedRegion(name: "us-west-2", source: "profile prod (\(test.home.path)/.aws/config)"))
        #expect(try await RegionResolver(environment: test.make(), profileOption: "prod").resolve().name == "us-west-2")
    }

    /// Instance metadata supplies the region last, with an IMDSv2 token.
    @Test func instanceMetadata() async throws {
        let test = try TestEnvironment()
        let transport = HandlerTransport { request in
            if request.method == "PUT" { return .text(200, "tok") }
            guard request.header("X-aws-ec2-metadata-token") == "tok" else { return .text(401, "") }
            return .text(200, "ca-central-1")
        }
        let environment = test.make(
            ["AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1/"],
            transport: transport)
        #expect(
            try await RegionResolver(environment: environment).resolve()
                == ResolvedRegion(name: "ca-central-1", source: "instance metadata"))
        #expect(
            transport.requests.map(\.url.absoluteString) == [
                "http://127.0.0.1:1/latest/api/token",
                "http://127.0.0.1:1/latest/meta-data/placement/region"
            ])
    }

    /// Nothing configured: the error lists each place tried.
    @Test func notFound() async throws {
        let test = try TestEnvironment()
        do {
            let region = try await RegionResolver(environment: test.make(["AWS_EC2_METADATA_DISABLED": "true"]))
                .resolve()
            Issue.record("unexpected \(region)")
        } catch let error as RegionError {
            #expect(
                error
                    == .notFound(tried: [
                        "--region: not given", "AWS_REGION: not set", "AWS_DEFAULT_REGION: not set",
                        "profile default: no region in \(test.home.path)/.aws/config",
                        "instance metadata: disabled by AWS_EC2_METADATA_DISABLED"
                    ]))
            #expect(
                error.description.hasPrefix(
                    "no AWS region configured (use --region or AWS_REGION); tried:\n  - --region: not given"))
        }
    }
}
