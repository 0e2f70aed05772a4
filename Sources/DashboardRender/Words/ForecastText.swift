import DashboardModel

/// The words of a forecast of the ceiling.
public enum ForecastText {
    /// What it rests on, e.g. `desired 4 to 9 over 55 s, 12 points, least squares`.
    public static func basis(_ forecast: CeilingForecast) -> String {
        let seconds = Int(forecast.overSeconds.rounded())
        return
            "desired \(forecast.fromDesired) to \(forecast.toDesired) over \(seconds) s, \(forecast.points) points, least squares"
    }
}
