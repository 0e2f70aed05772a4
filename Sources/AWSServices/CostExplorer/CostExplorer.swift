/// Cost Explorer (JSON 1.1, `AWSInsightsIndexService`; only `ce.us-east-1`). Each request costs USD 0.01.
public enum CostExplorer {}
