/// A forecast of volume per interval, labelled with the method that made it.
///
/// When the method asked for could not run and another one stood in, ``fallback`` says so and
/// ``method`` names the stand-in: a fallback is never relabelled with the failed method's name.
public struct PointForecast: Sendable, Hashable, Codable {
  /// Name of the method that produced ``mean``.
  public var method: String
  /// Expected volume per interval, non-negative, 0 on closed intervals.
  public var mean: [Double]
  /// Whether each interval is open.
  public var isOpen: [Bool]
  /// Set when ``method`` stood in for a method that could not run.
  public var fallback: Fallback?

  public init(method: String, mean: [Double], isOpen: [Bool], fallback: Fallback? = nil) {
    self.method = method
    self.mean = mean
    self.isOpen = isOpen
    self.fallback = fallback
  }

  /// Why a forecast came from a stand-in method.
  public struct Fallback: Sendable, Hashable, Codable {
    /// The method that was asked for and failed.
    public var failedMethod: String
    /// Why it failed.
    public var reason: String

    public init(failedMethod: String, reason: String) {
      self.failedMethod = failedMethod
      self.reason = reason
    }
  }
}
