import Testing

@testable import AWSCore

@Suite struct EndpointRulesTests {
    @Test func everyServiceHasARuleSetAndThePartitionsLoad() {
        for service in AWSService.all {
            #expect(BotocoreRules.ruleSets[service.botocoreName] != nil, "\(service.botocoreName)")
        }
        #expect(BotocoreRules.partitions.partitions.map(\.id).contains("aws-us-gov"))
    }

    @Test(arguments: [
        ("us-east-1", "aws"), ("cn-north-1", "aws-cn"), ("us-gov-east-1", "aws-us-gov"),
        ("eu-south-9", "aws"), ("cn-south-7", "aws-cn"), ("xx-nowhere-1", "aws")
    ])
    func regionsFindTheirPartition(_ region: String, _ partition: String) {
        #expect(BotocoreRules.partitions.partitionID(for: region) == partition)
    }

    @Test func errorRulesGiveTheSDKsReason() throws {
        let ruleSet = try #require(BotocoreRules.ruleSets["ec2"])
        let builtIns: [String: RuleValue] = [
            "AWS::Region": .string("eu-west-1"), "AWS::UseFIPS": .bool(true),
            "SDK::Endpoint": .string("http://127.0.0.1:1")
        ]
        #expect(throws: RuleSetError.refused("Invalid Configuration: FIPS and custom endpoint are not supported")) {
            try ruleSet.resolve(builtIns: builtIns, partitions: BotocoreRules.partitions)
        }
        #expect(throws: RuleSetError.refused("Invalid Configuration: Missing Region")) {
            try ruleSet.resolve(builtIns: [:], partitions: BotocoreRules.partitions)
        }
    }

    @Test func templatesAndAttributes() throws {
        let value = RuleValue.object(["a": .array([.string("x"), .object(["b": .string("y")])])])
        #expect(RuleEvaluator.attribute(of: value, path: "a[1].b") == .string("y"))
        #expect(RuleEvaluator.attribute(of: value, path: "a[2]") == nil)
        let evaluator = RuleEvaluator(partitions: BotocoreRules.partitions)
        let expanded = try evaluator.value(of: .string("{{x}}{Value#a[0]}-{Missing}"), scope: ["Value": value])
        #expect(expanded == .string("{x}x-"))
    }

    @Test func parsingKeepsBooleansApartFromNumbers() throws {
        let value = try RuleValue.parse(
            #"{"t": true, "f": false, "one": 1, "zero": 0, "half": 0.5, "s": "x", "n": null, "a": [true, 2]}"#)
        #expect(
            value
                == .object([
                    "t": .bool(true), "f": .bool(false), "one": .number(1), "zero": .number(0), "half": .number(0.5),
                    "s": .string("x"), "n": .null, "a": .array([.bool(true), .number(2)])
                ]))
        #expect(throws: (any Error).self) { try RuleValue.parse("{") }
    }
}
