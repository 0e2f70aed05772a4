import Foundation
import TestSupport

/// botocore's own endpoint resolution, asked through python3: the oracle of `EndpointMatrixTests`.
enum BotocoreOracle {
    /// One question: a service by botocore's name, a region, the settings and maybe a configured URL.
    struct Question: Encodable {
        var service: String
        var region: String
        var fips: Bool
        var dualstack: Bool
        var endpointURL: String?
    }

    /// botocore's answer: the URL and signing region of the request it would send, or its error.
    struct Answer: Decodable {
        var url: String?
        var signingRegion: String?
        var error: String?
        var version: String?
    }

    /// Whether CI requires the oracle (`CI=true`), as it requires moto.
    static var isRequired: Bool { MotoServer.isRequired }

    /// Whether to run: required, or python3 can import botocore.
    static var shouldRun: Bool {
        isRequired || ((try? ProcessRunner.run("python3", ["-c", "import botocore"]))?.status == 0)
    }

    /// Creates a client per question with dummy credentials (no network) and asks botocore's ruleset
    /// resolver for the endpoint of the service's first operation, as a request would.
    static let script = """
        import sys, json, botocore, botocore.session, botocore.config
        session = botocore.session.get_session()
        for line in sys.stdin:
            q = json.loads(line)
            out = {"version": botocore.__version__}
            try:
                config = botocore.config.Config(use_fips_endpoint=q["fips"], use_dualstack_endpoint=q["dualstack"])
                client = session.create_client(q["service"], region_name=q["region"], endpoint_url=q.get("endpointURL"),
                                               aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="dummy",
                                               config=config)
                model = client.meta.service_model
                endpoint = client._ruleset_resolver.construct_endpoint(
                    model.operation_model(model.operation_names[0]), {}, {})
                out["url"] = endpoint.url
                schemes = endpoint.properties.get("authSchemes") or [{}]
                out["signingRegion"] = schemes[0].get("signingRegion", q["region"])
            except Exception as error:
                out["error"] = str(error)
            print(json.dumps(out), flush=True)
        """

    /// botocore's answers to `questions`, in order; throws with python's stderr when it fails.
    static func ask(_ questions: [Question]) throws -> [Answer] {
        let encoder = JSONEncoder()
        let input =
            try questions.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
        let result = try ProcessRunner.run(
            "python3", ["-c", script], input: Data(input.utf8),
            extraEnvironment: [
                "AWS_CONFIG_FILE": "/dev/null",
                "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"
            ])
        guard result.status == 0 else { throw Failure(description: "python3 and botocore: \(result.stderr)") }
        let decoder = JSONDecoder()
        return try result.stdout.split(separator: "\n").map { try decoder.decode(Answer.self, from: Data($0.utf8)) }
    }

    /// The oracle could not be asked.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }
}
