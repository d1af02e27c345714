/// A forecasting method: fits on a history and gives a fitted model that forecasts.
///
/// Every model in staffplan has the same two verbs (as in Nixtla's statsforecast and Hyndman's
/// `forecast` package): `fit` on a ``SeasonalSeries``, then `forecast(horizon:)` on the result.
/// The fitted model is its own type, so a forecast before a fit cannot be written.
///
/// ```swift
/// let fitted = try SeasonalMovingAverage(weeks: 4).fit(series)
/// let next = fitted.forecast(horizon: series.weekLength)
/// ```
public protocol ForecastMethod: Sendable {
  /// The fitted model this method produces.
  associatedtype Fitted: FittedForecast
  /// Literature name with its settings, e.g. `SeasonalMovingAverage(k=4)`.
  var name: String { get }
  /// Rank used to break ties in automatic choice: the simpler method (lower rank) wins.
  var complexity: Int { get }
  /// Fits the method on a history; throws ``ForecastModelError`` when the history cannot support it.
  func fit(_ series: SeasonalSeries) throws -> Fitted
  /// The days `rule` leaves out of this method's fitting; by default all it finds. A method that
  /// explains some unusual days (``CalendarTopDown``: the calendar's) keeps them.
  func outliers(_ rule: OutlierRule, in series: SeasonalSeries) -> [OutlierDay]
}

extension ForecastMethod {
  public func outliers(_ rule: OutlierRule, in series: SeasonalSeries) -> [OutlierDay] {
    rule.outliers(in: series)
  }
}

/// A model fitted on a history, ready to forecast the intervals that follow it.
public protocol FittedForecast: Sendable {
  /// Name of the method that was fitted.
  var method: String { get }
  /// The history it was fitted on.
  var history: SeasonalSeries { get }
  /// In-sample one-step fitted values, one per history interval; `nil` where the model had no
  /// forecast yet (warm-up), or where the interval was missing or closed.
  var fitted: [Double?] { get }
  /// Expected demand for the `horizon` intervals after the history, as if every interval were open.
  func expectedDemand(horizon: Int) -> [Double]
}

extension FittedForecast {
  /// Forecasts the `horizon` intervals after the history: non-negative, 0 where closed.
  ///
  /// - Parameter open: opening of each horizon interval; `nil` assumes the recent weeks' pattern
  ///   (``SeasonalSeries/assumedFutureOpening(horizon:)``).
  public func forecast(horizon: Int, open: [Bool]? = nil) -> PointForecast {
    precondition(horizon >= 0, "horizon must not be negative")
    precondition(open == nil || open!.count == horizon, "open must have one flag per horizon interval")
    let opening = open ?? history.assumedFutureOpening(horizon: horizon)
    let demand = expectedDemand(horizon: horizon)
    let mean = (0..<horizon).map { opening[$0] && demand[$0].isFinite ? Swift.max(0, demand[$0]) : 0 }
    return PointForecast(method: method, mean: mean, isOpen: opening)
  }
}
