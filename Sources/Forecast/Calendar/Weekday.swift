import Foundation

/// A day of the week, numbered as ISO 8601 does: Monday is 1, Sunday is 7.
///
/// Planners write weekdays in opening hours and availability as `mon`, `monday`, `Mon`; day keys
/// such as `mon-fri`, `mon,wed,fri`, `fri-mon` (wrapping over the week end) and `daily` are read by
/// ``Weekday/days(parsing:)``.
public enum Weekday: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
  case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

  /// The three-letter name used in files: `mon`, `tue`, ..., `sun`.
  public var shortName: String { Self.shortNames[rawValue - 1] }

  /// The full English name: `monday`.
  public var name: String { Self.names[rawValue - 1] }

  /// The next day, Sunday wrapping to Monday.
  public var next: Weekday { Weekday(rawValue: rawValue % 7 + 1)! }

  /// The previous day, Monday wrapping to Sunday.
  public var previous: Weekday { Weekday(rawValue: (rawValue + 5) % 7 + 1)! }

  /// Zero-based position from Monday (Monday 0, Sunday 6).
  public var offsetFromMonday: Int { rawValue - 1 }

  /// Parses one day: `mon`, `Monday`, `tues`, `thurs` (case-insensitive).
  public init(parsing text: String) throws(ValueError) {
    let key = text.trimmingCharacters(in: .whitespaces).lowercased()
    if let index = Self.shortNames.firstIndex(of: key) ?? Self.names.firstIndex(of: key) {
      self = Weekday(rawValue: index + 1)!
      return
    }
    if let alias = Self.aliases[key] {
      self = alias
      return
    }
    throw ValueError(
      "\"\(text)\" is not a weekday", remedy: "write mon, tue, wed, thu, fri, sat or sun")
  }

  /// Parses a day key into the days it names, in the order written, each once.
  ///
  /// Accepted: one day (`mon`), a range (`mon-fri`; `fri-mon` wraps over the week end to Friday,
  /// Saturday, Sunday, Monday), a comma list of days and ranges (`mon,wed,fri`, `mon-wed,sat`),
  /// `daily` (every day), `weekdays` (Monday to Friday) and `weekend` (Saturday and Sunday).
  /// A day named twice in one key is an error.
  public static func days(parsing key: String) throws(ValueError) -> [Weekday] {
    let trimmed = key.trimmingCharacters(in: .whitespaces).lowercased()
    guard !trimmed.isEmpty else {
      throw ValueError("the day key is empty", remedy: "write days like mon-fri, sat or daily")
    }
    var days: [Weekday] = []
    for item in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
      let part = item.trimmingCharacters(in: .whitespaces)
      let named: [Weekday]
      switch part {
      case "daily", "every day", "all": named = Weekday.allCases
      case "weekdays": named = [.monday, .tuesday, .wednesday, .thursday, .friday]
      case "weekend", "weekends": named = [.saturday, .sunday]
      default:
        let ends = part.split(separator: "-", omittingEmptySubsequences: false)
        do {
          switch ends.count {
          case 1:
            named = [try Weekday(parsing: part)]
          case 2:
            let first = try Weekday(parsing: String(ends[0]))
            let last = try Weekday(parsing: String(ends[1]))
            var range = [first]
            var day = first
            while day != last {
              day = day.next
              range.append(day)
            }
            named = range
          default:
            throw ValueError("", remedy: "")
          }
        } catch {
          // Each end that is no day, replaced by the nearest day name: "sta" -> "sat".
          let words = Self.shortNames + ["daily", "weekdays", "weekend"]
          let mended = ends.map { end -> String? in
            let text = String(end)
            if (try? Weekday(parsing: text)) != nil { return text }
            return NearestName.suggestion(for: text, among: words)
          }
          let hint = mended.allSatisfy { $0 != nil } && ends.count <= 2
            ? "did you mean \"\(mended.compactMap { $0 }.joined(separator: "-"))\"? " : ""
          throw ValueError(
            "\"\(key)\" is not a day key",
            remedy: "\(hint)write days like mon, mon-fri, mon,wed,fri, fri-mon or daily")
        }
      }
      for day in named {
        if days.contains(day) {
          throw ValueError(
            "\"\(key)\" names \(day.shortName) twice", remedy: "name each day once")
        }
        days.append(day)
      }
    }
    return days
  }

  public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

  private static let shortNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
  private static let names = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  private static let aliases: [String: Weekday] = [
    "tues": .tuesday, "weds": .wednesday, "thur": .thursday, "thurs": .thursday,
  ]
}

extension Weekday {
  /// Encodes as the short name, `mon`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(shortName)
  }

  /// Decodes `mon`, `monday` or the ISO number 1...7.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self), let day = Weekday(rawValue: number) {
      self = day
      return
    }
    let text = try container.decode(String.self)
    do {
      self = try Weekday(parsing: text)
    } catch {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\(error.problem); \(error.remedy)")
    }
  }
}
