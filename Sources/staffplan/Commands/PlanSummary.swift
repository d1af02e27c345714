import Forecast
import Foundation
import Scheduler

/// The terminal summary at the end of `plan`: per channel what was asked, given and kept.
enum PlanSummary {
  /// Work after the week's end, said once: roster.csv has it, the week's files do not.
  static func afterWeekLine(_ report: ScheduleReport) -> String? {
    guard report.hoursAfterWeek >= 0.05 else { return nil }
    return String(
      format: "after the week: %.1f paid hours of work run past the week's end into next week (roster.csv has them; coverage.csv and validation count this week only, whose first hours only shifts starting in it cover)",
      ReportFormat.rounded(report.hoursAfterWeek, decimals: 1))
  }

  static func text(
    plan: Plan, forecast: ForecastTable, requirements: [Requirement], week: WeekProblem, result: ScheduleResult,
    validation: ValidationReport, simulation: SimulationSummary?, reportPath: String
  ) -> String {
    let hours = plan.intervalLength.duration.inHours
    var text = "\(plan.name), week of \(plan.week.text) (\(plan.calendar.timeZone.identifier))\n"
    text += "channel      contacts  required h  scheduled h  unmet h  service level   promise   kept\n"
    for (c, channel) in plan.channels.enumerated() {
      let volume = forecast.rows.filter { $0.channel == channel.id }.reduce(0) { $0 + $1.volume }
      let required = requirements.filter { $0.channel == channel.id }.reduce(0) { $0 + $1.agents } * hours
      let scheduled = result.roster.coverage[c].scheduled.reduce(0, +) * hours
      let unmet = result.report.unmetAgentHours[channel.id] ?? 0
      let check = validation.channels.first { $0.channel.id == channel.id }
      let level = check.map { String(format: "%.1f%%", ReportFormat.rounded($0.serviceLevel * 100, decimals: 1)) } ?? "-"
      let kept = check.map { $0.kept ? "yes" : "NO (keeps \($0.strongestKeptText ?? "none"))" } ?? "-"
      text += channel.id.padding(toLength: 11, withPad: " ", startingAt: 0)
      text += String(
        format: "%9.0f  %10.1f  %11.1f  %7.1f  ", ReportFormat.rounded(volume, decimals: 0),
        ReportFormat.rounded(required, decimals: 1), ReportFormat.rounded(scheduled, decimals: 1),
        ReportFormat.rounded(unmet, decimals: 1))
      text += level.padding(toLength: 14, withPad: " ", startingAt: 0)
      text += (check?.targetText ?? channel.target.text).padding(toLength: 10, withPad: " ", startingAt: 0)
      text += "\(kept)\n"
    }
    let deferred = plan.channels.filter(\.kind.isDeferred).map(\.id)
    let line = plan.channels.filter { !$0.kind.isDeferred }.map(\.id)
    var meanings: [String] = []
    if !line.isEmpty {
      meanings.append(
        "\(line.joined(separator: ", ")): agent-hours below the "
          + (week.problem.channels.contains { $0.promise != nil } ? "interval floor" : "requirement"))
    }
    if !deferred.isEmpty {
      meanings.append("\(deferred.joined(separator: ", ")): agent-hours of work answered after its window")
    }
    text += "unmet h: " + meanings.joined(separator: "; ") + "\n"
    if let replaced = result.report.promiseRosterReplaced { text += "roster: \(replaced)\n" }
    for promise in result.report.channels where !promise.kept {
      if let phrase = PromiseGapText.phrase(promise) { text += "\(promise.channel): \(phrase)\n" }
      for hint in PromiseGapText.hints(promise, gap: result.report.gap, stoppedByTimeLimit: result.report.status == .timeLimit) {
        text += "\(promise.channel): \(hint)\n"
      }
    }
    for line in result.report.channels.compactMap(PromiseGapText.unstaffed) { text += line + "\n" }
    text += marginLines(plan: plan, validation: validation)
    let report = result.report
    text += String(
      format: "solver: %@, cost %.2f for %.1f paid hours, objective %.2f, lower bound %.2f, gap %.2f%%, %.1f s\n",
      report.status.rawValue, ReportFormat.rounded(report.cost, decimals: 2),
      ReportFormat.rounded(report.paidHours, decimals: 1), ReportFormat.rounded(report.objective, decimals: 2),
      ReportFormat.rounded(report.lowerBound, decimals: 2), ReportFormat.rounded(report.gap * 100, decimals: 2),
      ReportFormat.rounded(report.seconds, decimals: 1))
    if report.requiredAgentHours > 0 {
      text += String(
        format: "efficiency: %.2f paid hours per required agent-hour (%@)\n", ReportFormat.rounded(report.efficiency, decimals: 2),
        efficiencyUse(report, minimumHours: minimumHours(week)))
    }
    let holidayNotes = report.conflicts.filter { $0.rule == .closedDay }.count
    let conflicts = report.conflicts.count - holidayNotes
    if holidayNotes > 0 { text += "holidays: \(holidayNotes) agent minimums lowered by a day's share (see schedule.json)\n" }
    if conflicts > 0 { text += "rule conflicts: \(conflicts) (see schedule.json)\n" }
    if report.idleHours > 0 {
      text += String(
        format: "idle: %.1f paid hours with none of the agent's channels open\n", ReportFormat.rounded(report.idleHours, decimals: 1))
    }
    if let line = afterWeekLine(report) { text += line + "\n" }
    if let simulation {
      let weeks = simulation.replications
      text += "simulated (\(weeks) weeks, seed 1): "
        + simulation.channels.map { channel in
          let kept = Int((channel.probabilityKept * Double(weeks)).rounded())
          return String(format: "%@ %.1f%% kept in %d of %d", channel.channel, ReportFormat.rounded(channel.serviceLevel * 100, decimals: 1), kept, weeks)
        }.joined(separator: ", ") + "\n"
      for line in riskLines(simulation: simulation, validation: validation) { text += line + "\n" }
    }
    text += "report: \(reportPath)\n"
    return text
  }

  /// One line per promise kept by formula but in fewer simulated weeks than
  /// `ReportSections.riskProbability` asks, with what would make it safer: `voice: at risk: kept by
  /// formula, in 13 of 30 simulated weeks; service_level_margin in plan.yaml plans above the promise`.
  static func riskLines(simulation: SimulationSummary, validation: ValidationReport) -> [String] {
    let weeks = simulation.replications
    return simulation.channels.compactMap { channel in
      guard channel.probabilityKept < ReportSections.riskProbability,
        let formula = validation.channels.first(where: { $0.channel.id == channel.channel }), formula.kept
      else { return nil }
      return "\(channel.channel): at risk: kept by formula, in \(Int((channel.probabilityKept * Double(weeks)).rounded())) of \(weeks) simulated weeks; "
        + ReportSections.riskRemedy([formula.channel])
    }
  }

  /// A kept voice or chat promise below what `service_level_margin` plans: the buffer is a target
  /// with a priced shortfall, not a rule (a planner's 3 % margin gave chat 80.3 % and nothing said so).
  static func marginLines(plan: Plan, validation: ValidationReport) -> String {
    guard let margin = plan.serviceLevelMargin?.fraction, margin > 0 else { return "" }
    var text = ""
    for channel in plan.channels where !channel.kind.isDeferred {
      guard let check = validation.channels.first(where: { $0.channel.id == channel.id }), check.kept else { continue }
      let planned = Swift.min(1, channel.target.share.fraction + margin)
      guard ReportFormat.rounded(check.serviceLevel * 100, decimals: 1) < ReportFormat.rounded(planned * 100, decimals: 1) else { continue }
      text += String(
        format: "%@: %.1f%% by formula, under the %.1f%% service_level_margin plans (the promise is kept; the buffer is a priced target, not a rule)\n",
        channel.id, ReportFormat.rounded(check.serviceLevel * 100, decimals: 1), ReportFormat.rounded(planned * 100, decimals: 1))
    }
    return text
  }

  /// What the efficiency is good for: capacity.yaml's `efficiency` when the roster keeps its
  /// promises; not when it falls short (a planner's week 8 agents short printed 0.85, which would
  /// size a hiring plan too small).
  /// `minimumHours`: the agents' contract minimums this week, after holidays. When they exceed
  /// the requirement by a tenth, the paid hours are the contracts', not what the promises take (a
  /// planner's 23 agents: 521 h of minimums for 311.6 required agent-hours, efficiency 1.75, and
  /// nothing said why).
  static func efficiencyUse(_ report: ScheduleReport, minimumHours: Double) -> String {
    let broken = report.channels.filter { !$0.kept }.map(\.channel)
    if report.efficiency < 1 || !broken.isEmpty {
      let why = broken.isEmpty ? "paid hours below the requirement" : "promises broken: " + broken.joined(separator: ", ")
      return "\(why): not an efficiency for capacity.yaml"
    }
    if minimumHours > 1.1 * report.requiredAgentHours {
      return String(
        format: "the agents' minimum hours come to %.1f h this week, above the %.1f required agent-hours, so the contracts "
          + "set the paid hours: not an efficiency for capacity.yaml", ReportFormat.rounded(minimumHours, decimals: 1),
        ReportFormat.rounded(report.requiredAgentHours, decimals: 1))
    }
    return "capacity.yaml's efficiency"
  }

  /// The agents' minimum paid hours this week, after holidays.
  static func minimumHours(_ week: WeekProblem) -> Double {
    week.agents.reduce(0) { $0 + week.plan.weeklyMinimum(of: $1).hours }
  }
}
