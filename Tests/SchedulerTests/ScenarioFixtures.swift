import Foundation
import Forecast

@testable import Scheduler

/// A tiny plan for scenario tests: voice Mon-Wed 09:00-13:00, chat Mon-Tue 09:00-12:00, 30-minute
/// intervals, week of Monday 2026-11-30.
let tinyPlanYAML = """
  name: Tiny
  timezone: Europe/London
  interval: 30m
  week: 2026-11-30
  shrinkage: 20%
  channels:
    - id: voice
      kind: voice
      hours: { mon-wed: "09:00-13:00" }
      target: 80/20
    - id: chat
      kind: chat
      concurrency: 2
      hours: { mon-tue: "09:00-12:00" }
      target: 80/60
  shifts:
    start_every: 30m
    lengths: [4h]
  rules:
    min_rest: 11h
    max_consecutive_days: 6

  """

enum ScenarioFixture {
  static let plan = try! PlanReader.read(yaml: tinyPlanYAML)
  static let agentIDs = ["A001", "A002", "A003", "A004"]

  static let agents = agentIDs.map { id in
    Agent(
      id: id, name: "Agent \(id)", skills: ["voice", "chat"], minHours: .zero, maxHours: .seconds(40 * 3600),
      maxDays: 5, availability: nil, costPerHour: 10)
  }

  /// Reads scenario text against the tiny plan.
  static func scenario(_ yaml: String) throws(InputError) -> Scenario {
    try ScenarioReader.read(yaml: yaml, file: "s.yaml", defaultName: "s", plan: plan, agentIDs: agentIDs)
  }

  /// The error message of scenario text, or nil when it reads.
  static func message(_ yaml: String) -> String? {
    do {
      _ = try scenario(yaml)
      return nil
    } catch {
      return error.message
    }
  }

  /// A base forecast on every open interval: voice 20 contacts per interval at 180 s, except 10 at
  /// the day's last interval; chat 8 at 300 s.
  static let forecast: ForecastTable = {
    var rows: [ForecastTable.Row] = []
    let calendar = plan.calendar
    for channel in plan.channels {
      let open = calendar.weekIntervals().filter { calendar.isOpen($0, channel.hours) }
      for interval in open {
        let last = interval.localStart.hour == 12 && interval.localStart.minute == 30
        let volume = channel.id == "voice" ? (last ? 10.0 : 20.0) : 8.0
        rows.append(ForecastTable.Row(
          channel: channel.id, start: interval.start, volume: volume,
          handleTime: .seconds(channel.id == "voice" ? 180 : 300), low: volume * 0.8, high: volume * 1.2))
      }
    }
    return ForecastTable(rows: rows)
  }()

  /// Local `HH:MM` starts of a channel's rows on one date.
  static func starts(_ table: ForecastTable, _ channel: String, on date: String) -> [String] {
    table.rows.filter { $0.channel == channel }.map { plan.calendar.text(for: $0.start) }
      .filter { $0.hasPrefix(date) }.map { String($0.dropFirst(11)) }
  }
}
