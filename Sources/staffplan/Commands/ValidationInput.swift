import Forecast
import Foundation
import Scheduler

/// The files `validate` and `publish` read: plan, forecast, roster and (optionally) agents.
struct ValidationInput {
  var plan: Plan
  var week: ValidationWeek
  /// Agents.csv skills by agent id; empty when there is no agents file.
  var skills: [String: [String]]

  /// Reads the files; a forecast or roster for another week than the plan's is refused
  /// (``WeekCoverage``). `agentsPath` nil: the plan folder's agents.csv when present (its ids then only
  /// add skills); given: it must exist and every roster agent must be in it.
  static func load(planFolder: String, rosterPath: String, forecastPath: String, agentsPath: String?) throws
    -> ValidationInput
  {
    let plan = try PlanReader.read(folder: planFolder)
    let channelIDs = Set(plan.channels.map(\.id))
    let forecast = try ForecastTable.read(path: forecastPath, calendar: plan.calendar, channels: channelIDs)
    try WeekCoverage.check(
      forecastPath, starts: forecast.rows.lazy.map(\.start), calendar: plan.calendar, remedy: .forecast(plan.calendar))
    var agents: [Agent] = []
    if let agentsPath {
      agents = try AgentsReader.read(path: agentsPath, plan: plan)
    } else {
      let folderAgents = (planFolder as NSString).appendingPathComponent("agents.csv")
      if FileManager.default.fileExists(atPath: folderAgents) {
        agents = try AgentsReader.read(path: folderAgents, plan: plan)
      }
    }
    let segments = try RosterFile.read(
      path: rosterPath, calendar: plan.calendar, channels: channelIDs,
      agents: agentsPath == nil ? nil : Set(agents.map(\.id)))
    try WeekCoverage.check(rosterPath, dates: segments.lazy.map(\.shiftDate), calendar: plan.calendar, remedy: .roster)
    let skills = Agent.skills(agents)
    let week = ValidationWeek(plan: plan, forecast: forecast, roster: segments, agentSkills: skills)
    return ValidationInput(plan: plan, week: week, skills: skills)
  }

  /// One line per broken channel: `voice: 80/20 is not kept (week 76.4 %); the roster keeps 80/35`.
  /// With `week`, a voice or chat line also says what would keep it (``PromiseGap``).
  /// With `skills` (agents.csv), a channel nobody is skilled for and nobody rostered on says so instead.
  static func brokenMessage(
    _ report: ValidationReport, command: String, week: ValidationWeek? = nil, skills: [String: [String]] = [:]
  ) -> String {
    report.broken.map { channel in
      let keeps = channel.strongestKeptText.map { "the roster keeps \($0)" } ?? "the roster keeps no promise at that share"
      let line = "\(command): \(channel.channel.id): \(channel.targetText) is not kept "
        + "(\(ValidationText.percent(channel.serviceLevel, against: channel.channel.target.share.fraction)) in the week); \(keeps)"
      guard let week, let index = week.plan.channels.firstIndex(where: { $0.id == channel.channel.id }) else { return line }
      if week.rostered[index].allSatisfy({ $0 < 1e-9 }), !skills.isEmpty,
        !skills.values.contains(where: { $0.contains(channel.channel.id) })
      {
        return line + "; " + PromiseGapText.nobodySkilled(channel.channel.id)
      }
      let phrase = PromiseGapText.phrase(PromiseGap.of(week, channel: index), channel: channel.channel.id, week: week)
      return line + (phrase.map { "; \($0)" } ?? "")
    }.joined(separator: "\n")
  }
}
