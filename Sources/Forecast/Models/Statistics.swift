/// Small order statistics shared by the models and the accuracy code.
enum Statistics {
  /// Median of a non-empty array (mean of the two middle values for an even count).
  static func median(_ values: [Double]) -> Double {
    precondition(!values.isEmpty, "median of nothing")
    let s = values.sorted()
    let mid = s.count / 2
    return s.count % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
  }

  /// Empirical quantile with linear interpolation between order statistics (Hyndman & Fan type 7,
  /// the default of R and NumPy) of a non-empty sorted array.
  static func quantile(sorted s: [Double], _ p: Double) -> Double {
    precondition(!s.isEmpty, "quantile of nothing")
    let h = Double(s.count - 1) * p
    let lo = Int(h.rounded(.down))
    let hi = Swift.min(lo + 1, s.count - 1)
    return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
  }
}
