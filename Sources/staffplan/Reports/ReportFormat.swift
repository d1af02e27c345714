import Forecast

/// Numbers, dates and times as a planner reads them in the report.
///
/// Fixed, locale-independent formats so the report is the same on every machine: a comma between
/// thousands, a dot for decimals, hours with one decimal (`1,234.5 h`), percentages with one
/// decimal (`82.3%`), money with two (`12,345.60`). A missing value is an en dash.
enum ReportFormat {
  static let missing = "–"

  /// `value` rounded to `decimals` places as ``number(_:decimals:)`` rounds it, half away from
  /// zero, for text printed with `String(format:)`: printf rounds half to even, and the terminal
  /// summary said 9.2 idle hours where the report said 9.3 for 9.25.
  static func rounded(_ value: Double, decimals: Int) -> Double {
    (value * scale(decimals)).rounded() / scale(decimals)
  }

  private static func scale(_ decimals: Int) -> Double {
    (0..<decimals).reduce(1.0) { total, _ in total * 10 }
  }

  /// `1,234.5`: `decimals` decimals, thousands separated by commas.
  static func number(_ value: Double, decimals: Int = 1) -> String {
    guard value.isFinite else { return missing }
    let scale = scale(decimals)
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled - Double(whole) * scale)
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    grouped = digits + grouped
    let sign = value < 0 && scaled > 0 ? "-" : ""
    guard decimals > 0 else { return sign + grouped }
    let fractionText = String(fraction)
    return sign + grouped + "." + String(repeating: "0", count: decimals - fractionText.count) + fractionText
  }

  /// `1,234.5 h`.
  static func hours(_ value: Double?) -> String { value.map { number($0, decimals: 1) + " h" } ?? missing }

  /// `82.3%` from a fraction 0.823.
  static func percent(_ fraction: Double?, decimals: Int = 1) -> String {
    fraction.map { number($0 * 100, decimals: decimals) + "%" } ?? missing
  }

  /// `12,345.60`.
  static func money(_ value: Double?) -> String { value.map { number($0, decimals: 2) } ?? missing }

  /// `08:30` from minutes after a day's midnight (`24:00` and later for the small hours of the next day).
  static func clock(minutes: Int) -> String {
    let hours = minutes / 60, rest = minutes % 60
    return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
  }

  /// `08:30`, or `02:00 +1` for minutes past the day's end (a night shift's small hours).
  static func clockSpanningDays(minutes: Int) -> String {
    minutes >= 1440 ? clock(minutes: minutes - 1440) + " +1" : clock(minutes: minutes)
  }

  /// `08:30` for a wall-clock time.
  static func clock(_ time: LocalDateTime) -> String { clock(minutes: time.minuteOfDay) }

  private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  private static let weekdays = [
    Weekday.monday: "Mon", .tuesday: "Tue", .wednesday: "Wed", .thursday: "Thu", .friday: "Fri",
    .saturday: "Sat", .sunday: "Sun",
  ]

  /// `29 Nov`.
  static func dayMonth(_ date: LocalDate) -> String { "\(date.day) \(months[date.month - 1])" }

  /// `Sun 29 Nov`.
  static func day(_ date: LocalDate) -> String { "\(weekdays[date.weekday]!) \(dayMonth(date))" }

  /// `Sunday 29 Nov 2026`.
  static func longDay(_ date: LocalDate) -> String {
    "\(date.weekday.name.capitalized) \(dayMonth(date)) \(date.year)"
  }
}
