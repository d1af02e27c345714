import Forecast
import Foundation

@testable import Scheduler

/// A small plan, four agents and a clean roster for `RosterCheck`: each test breaks one rule of it.
///
/// Week Mon 2026-11-30 to Sun 2026-12-06 in Sao Paulo (no daylight saving in 2026). Shifts are 4 h
/// (a 15 m break 2-3 h in) or 8 h (also an unpaid 30 m break inside 3h-6h). The clean roster: a1
/// (voice|chat, 20-40 h) works voice Mon-Wed 08:00-16:00 (22.5 paid hours); a2 (voice, available
/// mon-fri 08:00-18:00) works voice Mon 09:00-13:00; a4 (night, 22:00-06:00) works Mon and Sun 22:00,
/// Sunday's shift ending in the next week.
enum CheckFixture {
  static let planYAML = """
    name: Check
    timezone: America/Sao_Paulo
    interval: 15m
    week: 2026-11-30
    shrinkage: 30%
    channels:
      - id: voice
        kind: voice
        hours: { mon-sat: "08:00-20:00" }
        target: 80/20
      - id: chat
        kind: chat
        hours: { mon-sun: "08:00-22:00" }
        target: 80/60
      - id: night
        kind: voice
        hours: { mon-sun: "22:00-06:00" }
        target: 80/20
    shifts:
      start_every: 30m
      lengths: [4h, 8h]
      breaks:
        - { length: 15m, after: 2h }
        - { length: 30m, window: [3h, 6h], for_shifts_from: 8h, paid: false }
    rules:
      min_rest: 11h
      max_consecutive_days: 3
      min_days_off: 2

    """

  static let agentsCSV = """
    id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour
    a1,Ana,voice|chat,20,40,5,,15
    a2,Bea,voice,0,40,5,mon-fri 08:00-18:00,15
    a3,Caio,chat,0,40,7,,15
    a4,Dora,night,0,40,5,,15

    """

  /// The plan, with `old` replaced by `new` in its YAML.
  static func plan(replacing old: String? = nil, with new: String = "") throws -> Plan {
    guard let old else { return try PlanReader.read(yaml: planYAML) }
    precondition(planYAML.contains(old), "fixture has no \(old)")
    return try PlanReader.read(yaml: planYAML.replacingOccurrences(of: old, with: new))
  }

  /// The agents, with `old` replaced by `new` in the CSV.
  static func agents(_ plan: Plan, replacing old: String? = nil, with new: String = "") throws -> [Agent] {
    let text = old.map { agentsCSV.replacingOccurrences(of: $0, with: new) } ?? agentsCSV
    precondition(old.map { agentsCSV.contains($0) } ?? true, "fixture has no \(old!)")
    return try AgentsReader.read(csv: text, channelIDs: plan.channels.map(\.id), interval: plan.intervalLength)
  }

  /// 8 h: 2 h work, the 15 m break, 1h45m work, the unpaid 30 m lunch, 3h30m work.
  static func eight(_ channel: String) -> [(Int, String)] {
    [(120, channel), (15, "break"), (105, channel), (30, "break"), (210, channel)]
  }

  /// 4 h: 2 h work, the 15 m break, 1h45m work.
  static func four(_ channel: String) -> [(Int, String)] { [(120, channel), (15, "break"), (105, channel)] }

  /// A shift from the local timestamp `start` (an offset may follow it), pieces of (minutes, channel
  /// or `break` / `idle`) laid end to end in real time.
  static func shift(
    _ agent: String, _ date: String, _ start: String, _ pieces: [(Int, String)], plan: Plan
  ) throws -> [RosterSegment] {
    let day = try LocalDate(parsing: date)
    var cursor = try plan.calendar.instant(parsing: start.contains("T") ? start : "\(date)T\(start)")
    return pieces.map { minutes, what in
      let end = cursor.addingTimeInterval(Double(minutes * 60))
      defer { cursor = end }
      let activity = RosterSegment.Activity(rawValue: what) ?? .work
      return RosterSegment(
        agentID: agent, shiftDate: day, start: cursor, end: end, activity: activity,
        channel: activity == .work ? what : nil)
    }
  }

  /// The clean roster, less the shifts of `dropping` (agent, date) pairs.
  static func clean(_ plan: Plan, dropping: [(String, String)] = []) throws -> [RosterSegment] {
    var segments: [RosterSegment] = []
    for date in ["2026-11-30", "2026-12-01", "2026-12-02"] {
      segments += try shift("a1", date, "08:00", eight("voice"), plan: plan)
    }
    segments += try shift("a2", "2026-11-30", "09:00", four("voice"), plan: plan)
    segments += try shift("a4", "2026-11-30", "22:00", eight("night"), plan: plan)
    segments += try shift("a4", "2026-12-06", "22:00", eight("night"), plan: plan)
    return segments.filter { segment in
      !dropping.contains { $0.0 == segment.agentID && $0.1 == segment.shiftDate.text }
    }
  }

  /// The violations of `segments` under the plan and agents.
  static func check(_ segments: [RosterSegment], plan: Plan, agents: [Agent]? = nil) throws -> [RosterViolation] {
    RosterCheck(plan: plan, agents: try agents ?? self.agents(plan)).check(segments)
  }
}
