/// Elastic Load Balancing v2 (query protocol, 2015-12-01): load balancers, target groups, target health.
public enum ELBv2 {}
