import Forecast
import Foundation
import Scheduler

/// Small hand-checkable plans, forecasts and rosters for validation and simulation tests (UTC, 15-minute
/// intervals, week from Monday 2026-11-30).
enum ValidationFixtures {
  static func plan(_ channels: String, shrinkage: String = "0%") throws -> Plan {
    try PlanReader.read(
      yaml: """
        name: Test
        timezone: UTC
        interval: 15m
        week: 2026-11-30
        shrinkage: \(shrinkage)
        channels:
        \(channels)
        """)
  }

  static let calendar = try! PlanningCalendar(
    timeZoneIdentifier: "UTC", intervalLength: IntervalLength(minutes: 15), week: LocalDate(year: 2026, month: 11, day: 30))

  /// `2026-11-30T09:00` as an instant.
  static func at(_ text: String) -> Date { try! calendar.instant(parsing: text) }

  static func row(_ channel: String, _ start: String, volume: Double, aht: Double) -> ForecastTable.Row {
    ForecastTable.Row(channel: channel, start: at(start), volume: volume, handleTime: .seconds(aht), low: volume, high: volume)
  }

  static func work(_ agent: String, _ start: String, _ end: String, _ channel: String) -> RosterSegment {
    RosterSegment(
      agentID: agent, shiftDate: calendar.localTime(for: at(start)).date, start: at(start), end: at(end),
      activity: .work, channel: channel)
  }

  static func pause(_ agent: String, _ start: String, _ end: String) -> RosterSegment {
    RosterSegment(
      agentID: agent, shiftDate: calendar.localTime(for: at(start)).date, start: at(start), end: at(end),
      activity: .break, channel: nil)
  }

  /// `count` agents working `start` to `end` on `channel`.
  static func crew(_ count: Int, _ start: String, _ end: String, _ channel: String, prefix: String = "A") -> [RosterSegment] {
    (0..<count).map { work("\(prefix)\($0)", start, end, channel) }
  }

  /// The same volume in every interval of the week.
  static func steadyForecast(_ channel: String, volume: Double, aht: Double) -> ForecastTable {
    ForecastTable(
      rows: calendar.weekIntervals().map {
        ForecastTable.Row(channel: channel, start: $0.start, volume: volume, handleTime: .seconds(aht), low: volume, high: volume)
      })
  }
}
