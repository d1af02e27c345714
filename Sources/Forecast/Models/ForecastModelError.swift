/// Why a forecasting method could not be fitted on a history.
public enum ForecastModelError: Error, Sendable, Hashable {
  /// The history is shorter than the method needs (in intervals).
  case historyTooShort(method: String, needed: Int, available: Int)
  /// The history has no observed value at all.
  case noObservations(method: String)

  /// One sentence for the command line to render.
  public var reason: String {
    switch self {
    case let .historyTooShort(method, needed, available):
      "\(method) needs \(needed) intervals of history, has \(available)"
    case let .noObservations(method):
      "\(method) found no observed values in the history"
    }
  }
}
