import Foundation
import Scheduler

/// What would keep a broken promise, in one phrase for the terminal (``PromiseGap``).
enum PromiseGapText {
  /// `keeping it takes at least +14.5 agent-hours on chat: Mon 11:00-14:30 6.0 h, Sat 20:00-22:00 2.5 h`,
  /// or why no staffing can; nil when kept or deferred.
  static func phrase(_ gap: PromiseGap?, channel: String, week: ValidationWeek) -> String? {
    guard let gap else { return nil }
    guard gap.reachable else {
      if week.plan.channels.first(where: { $0.id == channel })?.kind.isDeferred == true {
        let allowed = gap.strongestPossible.map { "the strongest these hours allow is \(ChannelValidation.text($0, deferred: true)), with enough agents" }
          ?? "none within two weeks at that share"
        return String(
          format: "no staffing of %@'s open hours keeps it (at most %.1f %% with unlimited agents: work arriving "
            + "while it is closed waits past its window); %@: widen its hours, or publish a promise the roster keeps", channel,
          gap.serviceLevel * 100, allowed)
      }
      return String(
        format: "no staffing of %@'s open hours keeps it (at most %.1f %% with 99.9 %% in every open interval): "
          + "contacts arrive while the channel is closed; widen its hours or publish a lower share", channel,
        gap.serviceLevel * 100)
    }
    return toKeep(gap.agentHours, on: channel, places: gap.places(in: week))
  }

  /// The same, from schedule.json's channel entry.
  static func phrase(_ promise: ChannelPromise) -> String? {
    if promise.noAgentSkilled == true { return nobodySkilled(promise.channel) }
    if promise.keepableInOpenHours == false {
      let most = promise.bestInOpenHours.map { String(format: " (at most %.1f %%)", ReportFormat.rounded($0 * 100, decimals: 1)) } ?? ""
      // The strongest the hours allow needs enough agents; the roster may keep less (a planner
      // was told to publish 90%/67h by a roster keeping 90%/67h30m).
      let strongest = promise.strongestInOpenHours.map {
        "; the strongest these hours allow is \($0), with enough agents: widen its hours, or publish a promise the roster keeps"
          + (promise.strongestKept.map { " (\($0))" } ?? "")
      }
        ?? "; widen its hours or publish a lower share"
      let why = promise.strongestInOpenHours == nil
        ? "contacts arrive while the channel is closed" : "work arriving while it is closed waits past its window"
      return "no staffing of \(promise.channel)'s open hours keeps it\(most): \(why)" + strongest
    }
    guard let hours = promise.toKeepAgentHours else { return nil }
    return toKeep(hours, on: promise.channel, places: promise.toKeepWhere ?? [])
  }

  /// `voice: nobody on it in 48 intervals with demand (39.0 agent-hours required): sun 20:00-08:00
  /// 39.0 h` (six stretches at most); nil when every interval with demand has someone.
  /// E-mail and messaging: `email: nobody on it in 24 open intervals (2.3 agent-hours of work
  /// arrive then and wait): sat 10:00-16:00 2.3 h`.
  static func unstaffed(_ promise: ChannelPromise) -> String? {
    guard let count = promise.unstaffedIntervals, let places = promise.unstaffedWhere else { return nil }
    if promise.unstaffedOpenHours == true {
      return String(
        format: "%@: nobody on it in %d open %@ (%.1f agent-hours of work arrive then and wait): %@", promise.channel,
        count, count == 1 ? "interval" : "intervals", promise.unstaffedAgentHours ?? 0, shown(places))
    }
    return String(
      format: "%@: nobody on it in %d %@ with demand (%.1f agent-hours required): %@", promise.channel, count,
      count == 1 ? "interval" : "intervals", promise.unstaffedAgentHours ?? 0, shown(places))
  }

  /// `no agent in agents.csv has the skill chat, ...`: a channel nobody can answer.
  static func nobodySkilled(_ channel: String) -> String {
    "no agent in agents.csv has the skill \(channel), so nobody answers it; add \(channel) to some agents' skills"
  }

  /// Places or stretches, six at most: `mon 11:00-16:30 6.0 h, ..., and 2 more`.
  private static func shown(_ places: [String]) -> String {
    places.prefix(6).joined(separator: ", ") + (places.count > 6 ? ", and \(places.count - 6) more" : "")
  }

  /// When the time limit stopped the search far from its bound while agents skilled for the
  /// channel have contract hours left, new hours may not be needed: a longer search may keep the
  /// promise. Nil otherwise: when every stage ended inside the limit (a planner's week said "a
  /// longer --time-limit may keep it" at 14 s of 60, and 120 s gave the same roster), and when no
  /// staffing of the open hours keeps it (a longer search cannot either), and when those unused
  /// hours are fewer than keeping it takes: then only ``skillHint`` speaks (a planner's e-mail was
  /// told both "a longer --time-limit may keep it" with 2.0 h unused and "+11.5 h: hire").
  /// `stoppedByTimeLimit`, `gap`: how the schedule ended (schedule.json's status and gap).
  static func searchHint(_ promise: ChannelPromise, gap: Double, stoppedByTimeLimit: Bool) -> String? {
    guard promise.keepableInOpenHours != false, gap > 0.03, stoppedByTimeLimit, let left = promise.skilledSpareHours
    else { return nil }
    guard left >= max(1, promise.toKeepAgentHours ?? 0) else { return nil }
    return String(
      format: "before adding hours: the roster is %.1f %% from its bound and agents skilled for %@ could work up to %.1f more paid hours; a longer --time-limit may keep it",
      gap * 100, promise.channel, left)
  }

  /// What to try before or besides adding hours to a broken promise (``searchHint``, ``skillHint``),
  /// from schedule.json's entry: the summary, the schedule's notes and report.html say the same.
  static func hints(_ promise: ChannelPromise, gap: Double, stoppedByTimeLimit: Bool) -> [String] {
    [searchHint(promise, gap: gap, stoppedByTimeLimit: stoppedByTimeLimit), skillHint(promise)].compactMap { $0 }
  }

  /// When the agents skilled for the channel could work fewer more hours than keeping the
  /// promise takes: hours alone cannot keep it (a planner was told "+52.0 agent-hours on webchat"
  /// with one agent skilled for it, 25 h at most). Nil otherwise.
  static func skillHint(_ promise: ChannelPromise) -> String? {
    guard let needed = promise.toKeepAgentHours, promise.noAgentSkilled != true,
      let count = promise.skilledAgents, let left = promise.skilledSpareHours, count > 0, left < needed
    else { return nil }
    return String(
      format: "the %d %@ with the skill %@ could work at most %.1f more paid hours this week (maximum hours and days, "
        + "shifts made longest), short of the +%.1f it takes: add %@ to more agents' skills or hire",
      count, count == 1 ? "agent" : "agents", promise.channel, left, needed, promise.channel)
  }

  /// Each broken promise's skilled agents and the paid hours they could add to the roster
  /// (`SchedulingProblem.hoursLeft`: maximum hours, days, availability and open hours), into
  /// schedule.json's entry; one shift catalog for all.
  static func markSpareHours(_ promises: inout [ChannelPromise], week: WeekProblem, roster: Roster) {
    let broken = promises.indices.filter { !promises[$0].kept && promises[$0].noAgentSkilled != true }
    guard !broken.isEmpty else { return }
    let shifts = Dictionary(roster.agents.map { ($0.agent, $0.shifts) }, uniquingKeysWith: +)
    let catalog = ShiftCatalog(problem: week.problem)
    var left: [Int: Double] = [:]
    for p in broken {
      let skilled = week.agents.indices.filter { week.agents[$0].canAnswer(promises[p].channel) }
      guard !skilled.isEmpty else { continue }
      let hours = skilled.reduce(0.0) { total, a in
        if let known = left[a] { return total + known }
        let hours = week.problem.hoursLeft(agent: a, shifts: shifts[week.agents[a].id] ?? [], catalog: catalog)
        left[a] = hours
        return total + hours
      }
      promises[p].skilledAgents = skilled.count
      promises[p].skilledSpareHours = (hours * 100).rounded() / 100
    }
  }

  /// `keeping it takes at least +14.5 agent-hours on chat: mon 11:00-16:30 6.0 h, ...` (six days at most):
  /// a floor, the hours placed interval by interval where each buys the most (whole shifts take more;
  /// a planner's week advised +24.8 on chat and needed +44.5 in whole agents).
  static func toKeep(_ hours: Double, on channel: String, places: [String]) -> String {
    String(format: "keeping it takes at least +%.1f agent-hours on %@: ", hours, channel) + shown(places)
  }
}
