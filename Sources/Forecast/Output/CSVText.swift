/// Text of CSV fields as staffplan writes them: RFC 4180 quoting, stable number formats.
public enum CSVText {
  /// A field, quoted when it holds a comma, a quote or a line break.
  public static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A number with at most `decimals` decimals and no trailing zeros: `12`, `3.25`, `0.8459`.
  public static func number(_ value: Double, decimals: Int = 4) -> String {
    guard value.isFinite else { return "" }
    let rounded = rounded(value, decimals: decimals)
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
  }

  /// The value `number(_:decimals:)` writes, as a number: what a reader of the file gets back.
  public static func rounded(_ value: Double, decimals: Int = 4) -> Double {
    guard value.isFinite else { return value }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (value * scale).rounded() / scale
  }

  /// One line of fields, already formatted, ending in a newline.
  public static func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }
}
