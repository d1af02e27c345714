import Foundation
import Testing

@testable import Forecast

/// `whatif` plans from the forecast as forecast.csv keeps it, as `plan` does (it reads the file
/// back): `asWritten` must equal writing and reading.
@Suite struct ForecastTableAsWrittenTests {
  @Test func asWrittenEqualsTheForecastReadBackFromItsFile() throws {
    let calendar = try PlanningCalendar(
      timeZoneIdentifier: "America/Chicago", intervalLength: IntervalLength(minutes: 30),
      week: LocalDate(year: 2027, month: 1, day: 17), holidays: [])
    var state: UInt64 = 7
    func draw() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
    let rows = calendar.weekIntervals().prefix(200).map { interval in
      let volume = 40 * draw()
      return ForecastTable.Row(
        channel: "voice", start: interval.start, volume: volume, handleTime: .seconds(real: 150 + 200 * draw()),
        low: volume * 0.7123456, high: volume * 1.3987654, method: "CalendarTopDown")
    }
    let table = ForecastTable(rows: Array(rows))
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("asWritten-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: file) }
    try table.csv(calendar: calendar).write(to: file, atomically: true, encoding: .utf8)
    let read = try ForecastTable.read(path: file.path, calendar: calendar, channels: ["voice"])
    let written = table.asWritten()
    #expect(read.rows.count == written.rows.count)
    for (r, w) in zip(read.rows, written.rows) {
      #expect(r.volume == w.volume && r.low == w.low && r.high == w.high && r.handleTime == w.handleTime, "\(r) \(w)")
    }
    #expect(zip(table.rows, written.rows).contains { $0.volume != $1.volume })  // the file does cut digits
  }
}
