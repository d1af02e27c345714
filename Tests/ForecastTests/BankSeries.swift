import Foundation
@testable import Forecast

/// The bank's voice channel (Data/bank-voice-15min.csv) as a seasonal series for tests.
///
/// Source: "Anonymous Bank" call center, Israel, 1999, Technion SEE lab (Guedj & Mandelbaum);
/// `count_agent_requests` per 15 minutes, 1999-01-03 (a Sunday) to 1999-06-26, 25 weeks. Rows in
/// file order, 96 a day; the two absent days (1999-01-11/12) are missing. Opening hours from the
/// data's README: Sunday-Thursday 07:00-24:00, Friday 07:00-14:00, Saturday 20:00-24:00; the
/// holidays 04-01, 04-06 and 05-21 are closed days, as a plan's `holidays` would declare them.
enum BankSeries {
  static let firstDay = "1999-01-03"
  static let holidays: Set<String> = ["1999-04-01", "1999-04-06", "1999-05-21"]

  static func load(holidaysClosed: Bool = true) throws -> SeasonalSeries {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Data/bank-voice-15min.csv")
    let text = try String(contentsOf: url, encoding: .utf8)
    var byDay: [String: [Double]] = [:]
    var lastDay = firstDay
    for line in text.split(separator: "\n").dropFirst() {
      let parts = line.split(separator: ",")
      let day = String(parts[0].prefix(10))
      byDay[day, default: []].append(Double(parts[1])!)
      lastDay = max(lastDay, day)
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let format = DateFormatter()
    format.dateFormat = "yyyy-MM-dd"
    format.timeZone = calendar.timeZone
    var date = format.date(from: firstDay)!
    var values: [Double?] = [], open: [Bool] = []
    var dayIndex = 0
    while format.string(from: date) <= lastDay {
      let key = format.string(from: date)
      let row = byDay[key]
      let hours: Range<Int> = switch dayIndex % 7 {
      case 5: 28..<56  // Friday 07:00-14:00
      case 6: 80..<96  // Saturday 20:00-24:00
      default: 28..<96  // Sunday-Thursday 07:00-24:00
      }
      let closedDay = holidaysClosed && holidays.contains(key)
      for q in 0..<96 {
        values.append(row?[q])
        open.append(!closedDay && hours.contains(q))
      }
      date = calendar.date(byAdding: .day, value: 1, to: date)!
      dayIndex += 1
    }
    return SeasonalSeries(values: values, isOpen: open, intervalsPerDay: 96)
  }
}
