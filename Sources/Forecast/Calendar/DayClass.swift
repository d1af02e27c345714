/// A kind of day whose volume runs unlike its weekday's, read from the calendar.
///
/// Classes combine: the first business day of a month may also be the first open day after a
/// holiday; the calendar-aware forecast multiplies their factors (``CalendarTopDown``).
public enum DayClass: Sendable, Hashable, Codable, Comparable {
  /// The open business day before a holiday that closes a business weekday (a holiday's eve).
  case beforeClosure
  /// The `n`-th (1 or 2) open business day after a holiday that closed a business weekday.
  case afterClosure(Int)
  /// The `n`-th open business day of the month (1 = the first).
  case monthStart(Int)
  /// The last open business day of the month.
  case monthEnd
  /// A planner-declared special day (plan.yaml `special_days`), by its name.
  case special(String)
  /// A holiday, for work that arrives while the center is closed (e-mail, messaging).
  case holiday

  /// How the class reads in the `--backtest` table.
  public var label: String {
    switch self {
    case .beforeClosure: return "open day before a closure"
    case .afterClosure(let n): return "open day \(n) after a closure"
    case .monthStart(let n): return "business day \(n) of the month"
    case .monthEnd: return "last business day of the month"
    case .special(let name): return "special day \"\(name)\""
    case .holiday: return "holiday (the channel takes work on it)"
    }
  }

  private var order: (Int, Int, String) {
    switch self {
    case .beforeClosure: return (0, 0, "")
    case .afterClosure(let n): return (0, n, "")
    case .monthStart(let n): return (1, n, "")
    case .monthEnd: return (2, 0, "")
    case .special(let name): return (3, 0, name)
    case .holiday: return (4, 0, "")
    }
  }

  public static func < (lhs: DayClass, rhs: DayClass) -> Bool { lhs.order < rhs.order }
}
