/// CloudFront (rest-xml, 2020-05-31; one global endpoint signed for us-east-1).
public enum CloudFront {}
