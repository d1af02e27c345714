import Forecast
import Scheduler
import Foundation
@testable import Scheduler

/// Generated weeks of three sizes for the scheduler benchmark, reproducible from a seed.
///
/// - `s`: 40 agents, voice only, 30-minute intervals, no breaks.
/// - `m`: 150 agents, voice + chat + e-mail (deferred, 24 h window), 15-minute intervals, a paid
///   15-minute break and an unpaid 1-hour lunch.
/// - `l`: 400 agents, voice + chat + e-mail + WhatsApp, 15-minute intervals, the same breaks.
///
/// Demand follows a double-humped day (late morning and early afternoon peaks), quieter
/// weekends, and is sized to about 80 % of what the agents' maximum hours could cover, so the
/// optimum is mostly paid cost with little unmet demand. Some agents have restricted availability
/// (weekdays, daytime), skills overlap, and two pay rates make several agent classes.
public enum BenchmarkInstances {
  /// The benchmark sizes.
  public enum Size: String, Sendable, CaseIterable {
    case s, m, l
  }

  /// The week of `size`, the same for the same `seed`.
  public static func make(size: Size, seed: UInt64 = 1) -> SchedulingProblem {
    var random = SplitMix64(seed: seed)
    let minutes = size == .s ? 30 : 15
    let perHour = 60 / minutes
    let perDay = 24 * perHour
    let T = 7 * perDay
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let labels = (0..<T).map { t in
      let minute = (t % perDay) * minutes
      return "\(days[t / perDay]) \(pad(minute / 60)):\(pad(minute % 60))"
    }
    let agentCount = [Size.s: 40, .m: 150, .l: 400][size]!
    let channelIDs = Array(["voice", "chat", "email", "whatsapp"].prefix(size == .s ? 1 : size == .m ? 3 : 4))
    // Skill sets and their shares of the agents.
    let skillSets: [([Int], Double)] =
      switch size {
      case .s: [([0], 1)]
      case .m: [([0], 0.5), ([0, 1], 0.2), ([1, 2], 0.15), ([0, 1, 2], 0.15)]
      case .l: [([0], 0.4), ([0, 1], 0.15), ([1, 3], 0.15), ([2], 0.1), ([0, 1, 2, 3], 0.2)]
      }
    var agents: [AgentContract] = []
    var skillIndex = 0
    var cumulative = skillSets[0].1
    for a in 0..<agentCount {
      while Double(a) >= cumulative * Double(agentCount), skillIndex + 1 < skillSets.count {
        skillIndex += 1
        cumulative += skillSets[skillIndex].1
      }
      let skills = skillSets[skillIndex].0
      let restricted = size != .s && random.unit() < 0.2
      let available: [Bool]? =
        restricted
        ? (0..<T).map { t in t / perDay < 5 && (7 * perHour..<19 * perHour).contains(t % perDay) }
        : nil
      let partTime = random.unit() < 0.25
      agents.append(
        AgentContract(
          id: "A\(pad3(a + 1))", skills: skills, minHours: partTime ? 16 : 30,
          maxHours: partTime ? 30 : 40, maxDays: partTime ? 4 : 5, available: available,
          costPerHour: skills.count > 1 ? 24 : 20))
    }
    // Supply in agent-hours at maximum contracts, shared among channels by skill weight.
    let supply = agents.reduce(0.0) { $0 + $1.maxHours } * 0.8
    let open = (0..<T).map { t in (7 * perHour..<22 * perHour).contains(t % perDay) }
    let shape = (0..<T).map { t -> Double in
      guard open[t] else { return 0 }
      let hour = Double(t % perDay) / Double(perHour)
      let day = t / perDay
      let dayFactor = day < 5 ? 1.0 : (day == 5 ? 0.6 : 0.4)
      let humps = 0.35 + exp(-pow((hour - 11) / 2.2, 2)) + 0.8 * exp(-pow((hour - 15.5) / 2.5, 2))
      return dayFactor * humps * (0.9 + 0.2 * random.unit())
    }
    let shapeTotal = shape.reduce(0, +) / Double(perHour)
    let shares: [Double] = [[1], [1], [0.55, 0.25, 0.2], [0.45, 0.2, 0.15, 0.2]][channelIDs.count - 1]
    var channels: [ChannelDemand] = []
    for (c, id) in channelIDs.enumerated() {
      let required = shape.map { $0 * supply * shares[c] / shapeTotal }
      if id == "email" {
        // E-mail arrives around the clock; agents answer it within 24 h during office hours.
        let total = required.reduce(0, +)
        let workload = (0..<T).map { _ in total / Double(T) * (0.5 + random.unit()) }
        let staffed = (0..<T).map { t in t / perDay < 6 && (8 * perHour..<18 * perHour).contains(t % perDay) }
        channels.append(
          ChannelDemand(
            id: id, demand: .deferred(workload: workload, window: perDay, backlog: total / 14),
            open: staffed, unmetPenaltyPerHour: 60))
      } else {
        channels.append(
          ChannelDemand(id: id, demand: .immediate(required: required), open: open, unmetPenaltyPerHour: 100))
      }
    }
    let breaks: [BreakRule] =
      size == .s
      ? []
      : [
        BreakRule(length: 1, earliestStart: 2 * perHour, latestStart: 3 * perHour, minimumShiftLength: 4 * perHour),
        BreakRule(
          length: perHour, earliestStart: 3 * perHour, latestStart: 5 * perHour,
          minimumShiftLength: 6 * perHour, paid: false),
      ]
    let template = ShiftTemplate(
      startEvery: 30 / minutes, lengths: [4 * perHour, 6 * perHour, 8 * perHour + (size == .s ? 0 : perHour)],
      earliestStart: 6 * perHour, latestEnd: 23 * perHour, breaks: breaks)
    return SchedulingProblem(
      intervalLength: .seconds(minutes * 60), dayStarts: (0..<7).map { $0 * perDay }, intervalCount: T,
      labels: labels, channels: channels, shiftTemplates: [template], agents: agents,
      rules: LabourRules(minRest: 11 * perHour, maxConsecutiveDays: 5))
  }

  private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  private static func pad3(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }
}
