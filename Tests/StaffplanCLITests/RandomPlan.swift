import Forecast
import Foundation
import Scheduler

/// A plan folder of the kind planners write, drawn from a seed: plan.yaml, agents.csv and a
/// forecast for the plan's week.
///
/// Bugs hide in plans nobody wrote by hand, so the draws reach for the awkward cases: time zones
/// with a daylight-saving week, 15/30/60-minute intervals, one to four channels of every kind,
/// hours crossing midnight and split days, a holiday on a weekday (some channels open on it), paid and unpaid lunches, rest
/// and days-off rules, part-timers, restricted availability, multi-skill agents, a channel nobody
/// is skilled for, and too few or too many agents for the demand. The same seed gives the same
/// files on every machine (`SplitMix64`).
struct RandomPlan {
  var seed: UInt64
  private var random: SplitMix64

  init(seed: UInt64) {
    self.seed = seed
    random = SplitMix64(seed: seed &* 7919 &+ 17)
  }

  /// What was drawn, in a phrase for test failures.
  private(set) var summary: [String] = []

  /// Zones and the first day of a daylight-saving week in each (nil: a week without a change).
  static let zones: [(zone: String, change: String?)] = [
    ("America/New_York", "2026-03-08"), ("America/New_York", "2026-11-01"), ("Europe/Lisbon", "2026-03-29"),
    ("Europe/Lisbon", "2026-10-25"), ("Asia/Jerusalem", "2026-10-25"), ("America/Sao_Paulo", nil), ("UTC", nil),
  ]

  static let hourPatterns = [
    "{ mon-fri: \"08:00-18:00\", sat: \"09:00-13:00\" }",
    "{ mon-sun: \"07:00-23:00\" }",
    "{ mon-sun: \"00:00-24:00\" }",
    "{ mon-fri: \"08:00-12:00,14:00-18:00\" }",
    "{ sun-thu: \"07:00-24:00\", fri: \"07:00-14:00\" }",
    "{ mon-sat: \"18:00-02:00\" }",
    "{ mon-fri: \"06:00-22:00\", sat-sun: \"10:00-16:00\" }",
  ]

  static let availabilityPatterns = [
    "mon-fri 08:00-17:00", "mon-sat 12:00-23:00", "mon-sun 06:00-14:00", "tue-sat 09:00-21:00",
  ]

  mutating func pick<T>(_ options: [T]) -> T { options[Int(random.next() % UInt64(options.count))] }
  mutating func chance(_ p: Double) -> Bool { random.unit() <= p }
  mutating func uniform(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(random.next() % UInt64(range.count))
  }

  /// Writes plan.yaml, agents.csv and forecast.csv into `folder`.
  mutating func write(to folder: URL) throws {
    let (zone, change) = pick(Self.zones)
    let base = try LocalDate(parsing: change ?? pick(["2026-06-01", "2026-09-13", "2027-01-04"]))
    let week = base.adding(days: -uniform(0...3))
    let minutes = pick([15, 30, 60])
    let holiday: LocalDate? = chance(0.4) ? week.adding(days: uniform(1...5)) : nil
    summary += ["\(zone) week \(week)", "\(minutes)m", holiday.map { "holiday \($0)" } ?? "no holiday"]

    var channels: [(id: String, kind: String, yaml: String)] = []
    let kinds = ["voice", "chat", "email", "messaging"].filter { _ in chance(0.6) }
    for kind in kinds.isEmpty ? ["voice"] : kinds {
      var hours = pick(Self.hourPatterns)
      // A channel open on the holiday: all day (an emergency line), a morning, or closed as written.
      if holiday != nil, chance(0.3) {
        let ranges = pick(["00:00-24:00", "09:00-13:00", "closed"])
        hours = String(hours.dropLast(2)) + ", holidays: \"\(ranges)\" }"
        summary.append("\(kind) on the holiday \(ranges)")
      }
      var lines = ["  - id: \(kind)", "    kind: \(kind)", "    hours: \(hours)"]
      switch kind {
      case "voice":
        lines.append("    target: \(pick(["80/20", "90/30", "70/60"]))")
        if chance(0.5) { lines.append("    patience: \(pick(["2m", "6m"]))") }
      case "chat": lines += ["    target: 80/60", "    concurrency: \(uniform(2...3))"]
      case "email": lines.append("    target: \(pick(["90%/24h", "80%/8h"]))")
      default: lines.append("    target: \(minutes == 60 ? "80%/2h" : pick(["80%/1h", "80%/2h"]))")
      }
      channels.append((kind, kind, lines.joined(separator: "\n")))
    }
    summary.append(channels.map(\.id).joined(separator: "+"))

    let lengths = pick(["[8h]", "[4h, 8h]", "[6h, 8h]", "[9h]", "[4h, 6h, 8h]", "[10h]"])
    var breaks: [String] = []
    if minutes == 15, chance(0.6) { breaks.append("    - { length: 15m, after: 2h }") }
    if chance(0.7) {
      let lunch = minutes == 60 ? "1h" : pick(["30m", "1h"])
      let paid = chance(0.5) ? "true" : "false"
      breaks.append("    - { length: \(lunch), window: [3h, 6h], for_shifts_from: 6h, paid: \(paid) }")
      summary.append("lunch \(lunch) paid \(paid)")
    }
    var rules = ["  min_rest: \(pick(["11h", "12h"]))", "  max_consecutive_days: \(pick([5, 6]))"]
    if chance(0.4) { rules.append("  min_days_off: \(uniform(1...2))") }
    let yaml = """
      name: Random plan \(seed)
      timezone: \(zone)
      interval: \(minutes)m
      week: \(week)
      shrinkage: \(pick(["20%", "30%"]))
      holidays: [\(holiday.map { "\($0)" } ?? "")]
      channels:
      \(channels.map(\.yaml).joined(separator: "\n"))
      shifts:
        start_every: \(minutes == 60 ? "1h" : pick(["30m", "1h"]))
        lengths: \(lengths)
      \(breaks.isEmpty ? "" : "  breaks:\n" + breaks.joined(separator: "\n"))
      rules:
      \(rules.joined(separator: "\n"))

      """
    try yaml.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)

    // Agents: sometimes a channel nobody is skilled for; too few or too many for the demand.
    let count = uniform(3...16)
    let orphan = channels.count > 1 && chance(0.15) ? channels.last!.id : nil
    let skilled = channels.map(\.id).filter { $0 != orphan }
    // A few skill sets and costs per plan, as in a real center (and so a model GLPK solves in
    // seconds: every distinct skill set and cost level is a class of the model).
    var skillSets: [[String]] = (0..<uniform(1...3)).map { _ in
      let set = skilled.filter { _ in chance(0.5) }
      return set.isEmpty ? [pick(skilled)] : set
    }
    if chance(0.3) { skillSets.append(skilled) }
    let costs = pick([[18], [15, 22]])
    var agents = ["id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour"]
    for index in 0..<count {
      let skills = pick(skillSets)
      let partTime = chance(0.3)
      let (low, high, days) = partTime ? (uniform(0...16), 24, uniform(3...4)) : (uniform(30...40), 40, 5)
      let availability = chance(0.3) ? pick(Self.availabilityPatterns) : ""
      agents.append(
        "a\(index),Agent \(index),\(skills.joined(separator: "|")),\(min(low, high)),\(high),\(days),\(availability),\(pick(costs))")
    }
    summary.append("\(count) agents\(orphan.map { ", nobody on \($0)" } ?? "")")
    try (agents.joined(separator: "\n") + "\n").write(
      to: folder.appendingPathComponent("agents.csv"), atomically: true, encoding: .utf8)
    try writeForecast(to: folder, agents: count)
  }

  /// forecast.csv: every open interval of immediate channels, every interval of deferred ones,
  /// with volumes that ask for about `load` x the agents (too few at 1.5, too many at 0.2).
  private mutating func writeForecast(to folder: URL, agents: Int) throws {
    let plan = try PlanReader.read(folder: folder.path)
    let load = pick([0.2, 0.5, 0.8, 1.5])
    summary.append("load \(load)")
    let seconds = Double(plan.intervalLength.seconds)
    var rows = ["channel,interval_start,volume,aht_seconds,volume_low,volume_high"]
    for channel in plan.channels {
      let handle = channel.kind.isDeferred ? 300.0 : 240.0
      let concurrency = Double(channel.concurrency ?? 1)
      // Agents on this channel at a peak: the load shared among the channels.
      let peak = load * Double(agents) / Double(plan.channels.count) * 0.5
      for interval in plan.calendar.weekIntervals() {
        let open = plan.calendar.isOpen(interval, channel.hours)
        guard open || channel.kind.isDeferred else { continue }
        let hour = Double(interval.localStart.minuteOfDay) / 60
        let shape = 0.3 + 0.7 * max(0, sin((hour - 6) / 16 * .pi))
        let scale = channel.kind.isDeferred && !open ? 0.3 : 1
        let volume = (peak * shape * scale * seconds / handle * concurrency * 1000).rounded() / 1000
        rows.append(
          "\(channel.id),\(plan.calendar.text(for: interval.start)),\(volume),\(handle),\(volume * 0.8),\(volume * 1.2)")
      }
    }
    try (rows.joined(separator: "\n") + "\n").write(
      to: folder.appendingPathComponent("forecast.csv"), atomically: true, encoding: .utf8)
  }
}
