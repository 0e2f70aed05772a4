/// The Price List query API (JSON 1.1, `AWSPriceListService`; us-east-1, eu-central-1, ap-south-1).
public enum Pricing {}
