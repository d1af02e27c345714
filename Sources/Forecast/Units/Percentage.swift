/// A share between 0 and 1, written `80%` or `0.8`.
public struct Percentage: Sendable, Hashable, Comparable, Codable {
  /// The share as a fraction: 0.8 for 80 %.
  public var fraction: Double

  public init(fraction: Double) {
    precondition(fraction.isFinite, "a percentage must be finite")
    self.fraction = fraction
  }

  /// Parses `80%`, `80 %`, `0.8`, `1`. Values outside 0...100 % are refused.
  public init(parsing text: String) throws(ValueError) {
    let compact = text.filter { !$0.isWhitespace }
    let isPercent = compact.hasSuffix("%")
    let digits = isPercent ? String(compact.dropLast()) : compact
    guard let value = Double(digits), value.isFinite else {
      let remedy =
        digits.contains(",")
        ? "use a dot for decimals, like 80% or 0.8" : "write it like 80% or 0.8"
      throw ValueError("\"\(text)\" is not a percentage", remedy: remedy)
    }
    if !isPercent, value > 1 {
      throw ValueError(
        "\"\(text)\" is above 1 without a % sign", remedy: "write \(digits)% or \(value / 100)")
    }
    let fraction = isPercent ? value / 100 : value
    guard (0...1).contains(fraction) else {
      throw ValueError("\"\(text)\" is outside 0% to 100%", remedy: "give a share between 0% and 100%")
    }
    self.fraction = fraction
  }

  public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.fraction < rhs.fraction }

  /// `80%`, `85.5%`.
  public var percentText: String {
    let percent = fraction * 100
    let rounded = (percent * 10).rounded() / 10
    return rounded == rounded.rounded() ? "\(Int(rounded))%" : "\(rounded)%"
  }
}
