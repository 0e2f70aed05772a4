import AWSCore
import Collectors
import Foundation
import TestSupport
import Testing

/// The shipped IAM policies, the catalogue `doctor` probes, the calls the code can make and AWS's
/// own service models (botocore's) all name the same actions.
@Suite struct IAMPolicyTests {
    func actions(in file: String) throws -> [[String]] {
        let url = TestPaths.repository.appendingPathComponent("docs/iam/\(file)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let statements = try #require(document["Statement"] as? [[String: Any]])
        return statements.map { ($0["Action"] as? [String]) ?? [] }
    }

    @Test func theShippedPoliciesGrantExactlyWhatTheCatalogueUses() throws {
        let readOnly = try actions(in: "flightdeck-read-only.json")
        #expect(readOnly.count == 1)
        #expect(Set(readOnly.joined()) == Set(IAMCatalog.readActions))
        let operator_ = try actions(in: "flightdeck-operator.json")
        #expect(operator_.map(Set.init) == [Set(IAMCatalog.readActions), Set(IAMCatalog.scalingActions)])
    }

    /// Every operation defined in AWSServices, as `prefix:Operation`, read from the sources.
    func definedOperations() throws -> Set<String> {
        let root = TestPaths.repository.appendingPathComponent("Sources/AWSServices")
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        var found: Set<String> = []
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let services = text.matches(of: #/var service: AWSService \{ \.(\w+) \}/#).map { String($0.1) }
            let names = text.matches(of: #/var name: String \{ "(\w+)" \}/#).map { String($0.1) }
            for (service, name) in zip(services, names) {
                let known = try #require(
                    AWSService.all.first { "\($0)" == service || Self.propertyName($0) == service },
                    "unknown service .\(service) in \(file.lastPathComponent)")
                found.insert("\(known.iamPrefix):\(name)")
            }
        }
        return found
    }

    static func propertyName(_ service: AWSService) -> String {
        [
            ("autoScaling", AWSService.autoScaling), ("elasticLoadBalancingV2", .elasticLoadBalancingV2),
            ("cloudWatch", .cloudWatch),
            ("rds", .rds), ("ec2", .ec2), ("sts", .sts), ("iam", .iam), ("cloudFront", .cloudFront),
            ("costExplorer", .costExplorer),
            ("pricing", .pricing), ("sso", .sso), ("ssoOIDC", .ssoOIDC),
            ("serviceQuotas", .serviceQuotas)
        ].first { $0.1.serviceID == service.serviceID }?.0 ?? ""
    }

    @Test func everyCallTheCodeCanMakeIsCatalogued() throws {
        let defined = try definedOperations()
        #expect(defined.count > 20, "the scan found the operations: \(defined)")
        let catalogued = Set(IAMCatalog.uses.map(\.action)).union(IAMCatalog.exempt)
        #expect(
            defined.subtracting(catalogued).isEmpty, "not in IAMCatalog: \(defined.subtracting(catalogued).sorted())")
        #expect(Set(IAMCatalog.uses.map(\.action)).subtracting(defined).isEmpty, "catalogued but never called")
    }

    @Test(.enabled(if: MotoServer.shouldRun, "botocore comes with moto (set CI=true to require it)"))
    func everyActionIsAnOperationInBotocoresServiceModels() throws {
        let script = """
            import sys, botocore.session
            s = botocore.session.get_session()
            names = {"autoscaling": "autoscaling", "elasticloadbalancing": "elbv2", "cloudwatch": "cloudwatch", "rds": "rds",
                     "ec2": "ec2", "cloudfront": "cloudfront", "ce": "ce", "pricing": "pricing", "iam": "iam", "sts": "sts",
                     "servicequotas": "service-quotas"}
            for action in sys.argv[1:]:
                prefix, op = action.split(":")
                if op not in s.get_service_model(names[prefix]).operation_names:
                    print("missing", action)
            print("checked", len(sys.argv) - 1)
            """
        let actions = IAMCatalog.uses.map(\.action) + IAMCatalog.exempt.sorted()
        let result = try ProcessRunner.run("python3", ["-c", script] + actions)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "checked \(actions.count)\n", "\(result.stdout)")
    }
}
