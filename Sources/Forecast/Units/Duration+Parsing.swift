/// Durations with units, as planners write them: `20s`, `15m`, `1h30m`, `24h`, `2d`.
///
/// A bare number is refused with a message naming the units, because "20" could be seconds or
/// minutes and a wrong guess silently changes every staffing figure (docs/reference.md, Units).
extension Duration {
  /// Parses `20s`, `15m`, `1h30m`, `1.5h`, `2d`, `90 s` (spaces are ignored; units `d h m s ms`).
  public init(parsing text: String) throws(ValueError) {
    let compact = text.filter { !$0.isWhitespace }.lowercased()
    guard !compact.isEmpty else {
      throw ValueError("duration is empty", remedy: "write a duration with a unit, like 20s, 15m or 1h30m")
    }
    if Double(compact) != nil {
      throw ValueError("\"\(text)\" has no unit", remedy: "add one: \(compact)s, \(compact)m or \(compact)h")
    }
    var total = 0.0
    var number = ""
    var index = compact.startIndex
    var sawPart = false
    while index < compact.endIndex {
      let character = compact[index]
      if character.isNumber || character == "." {
        number.append(character)
        index = compact.index(after: index)
        continue
      }
      var unit = String(character)
      index = compact.index(after: index)
      if unit == "m", index < compact.endIndex, compact[index] == "s" {
        unit = "ms"
        index = compact.index(after: index)
      }
      guard let value = Double(number), value.isFinite, value >= 0 else {
        throw ValueError("\"\(text)\" is not a duration", remedy: "write it like 20s, 15m or 1h30m")
      }
      guard let scale = Self.secondsPerUnit[unit] else {
        throw ValueError(
          "\"\(text)\" has an unknown unit \"\(unit)\"", remedy: "use d, h, m, s or ms, like 1h30m")
      }
      total += value * scale
      number = ""
      sawPart = true
    }
    guard number.isEmpty, sawPart else {
      throw ValueError("\"\(text)\" ends without a unit", remedy: "write it like 1h30m or 90s")
    }
    guard total < 1e9 else {
      throw ValueError("\"\(text)\" is too long a duration", remedy: "use a duration under 30 years")
    }
    self = .milliseconds(Int64((total * 1000).rounded()))
  }

  private static let secondsPerUnit: [String: Double] = [
    "d": 86_400, "h": 3_600, "m": 60, "s": 1, "ms": 0.001,
  ]

  /// The duration in seconds, as a real number.
  public var inSeconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) * 1e-18
  }

  /// The duration in minutes, as a real number.
  public var inMinutes: Double { inSeconds / 60 }

  /// The duration in hours, as a real number.
  public var inHours: Double { inSeconds / 3600 }

  /// Creates a duration from real seconds, rounded to the millisecond.
  public static func seconds(real seconds: Double) -> Duration {
    .milliseconds(Int64((seconds * 1000).rounded()))
  }

  /// The shortest unit form: `20s`, `15m`, `1h30m`, `24h`, `1.5s`.
  public var unitText: String {
    let milliseconds = Int64((inSeconds * 1000).rounded())
    if milliseconds % 1000 != 0 {
      let seconds = Double(milliseconds) / 1000
      return "\(seconds)s"
    }
    var rest = milliseconds / 1000
    if rest == 0 { return "0s" }
    var text = ""
    for (unit, size) in [("h", Int64(3600)), ("m", 60), ("s", 1)] where rest >= size {
      text += "\(rest / size)\(unit)"
      rest %= size
    }
    return text
  }
}
