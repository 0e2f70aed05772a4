/// EC2 (EC2 query protocol, 2016-11-15): instances and Availability Zones.
public enum EC2 {}
