import ArgumentParser
import Forecast
import Foundation
import Scheduler

/// `staffplan schedule`: the week's roster from requirements, with GLPK (docs/reference.md).
struct ScheduleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schedule",
    abstract: "Build the week's roster: named agents, shifts, breaks, channels.",
    discussion: HelpText.paragraphs(
      """
      With --objective promise (the default), builds the cheapest roster that keeps each voice and chat channel's promise over the week (as validate measures it), with no interval planned below min_interval_service_level (default 50%); when the agents cannot keep a promise, the most contacts answered in time their hours allow. With --objective requirement, covers each interval's requirement at the target, at a penalty per agent-hour unmet. E-mail and messaging are served within their window in both. All within the plan's shifts, breaks and rules and each agent's contract and availability. Demand that cannot be covered is reported per channel and interval in coverage.csv and schedule.json; rule conflicts are named.
      Without --requirements, the plan's history is forecast and sized first.

      Writes roster.csv, coverage.csv, schedule.json and calendars/AGENT.ics into --out.

      Example:
        staffplan schedule --plan Data/demo --requirements requirements.csv --out roster --time-limit 60s
      """))

  @Option(help: "The plan folder (plan.yaml; agents.csv and history.csv by default).")
  var plan: String
  @Option(help: "Agents file (default: agents.csv in the plan folder).")
  var agents: String?
  @Option(help: "Requirements from staffplan require (default: forecast and size the plan's history).")
  var requirements: String?
  @Option(help: "Folder to write the roster files into.")
  var out: String
  @Option(name: .customLong("time-limit"), help: "Solver time limit, e.g. 60s.")
  var timeLimit: String = "60s"
  @Option(help: "Relative gap at which to stop, e.g. 1%.")
  var gap: String = "1%"
  @Option(name: .customLong("write-model"), help: "Also write the shift-count model as CPLEX LP (.lp) or MPS (.mps).")
  var writeModel: String?
  @Option(help: "promise: each channel's week promise at least cost, no interval below min_interval_service_level; requirement: every interval's requirement.")
  var objective: String = "promise"

  func run() throws {
    let limit = try CLI.parse("--time-limit", timeLimit) { text throws(ValueError) in try Duration(parsing: text) }
    let gap = try CLI.parse("--gap", gap) { text throws(ValueError) in try Percentage(parsing: text) }
    let objective = try CLI.objective(objective)
    let plan = try PlanReader.read(folder: plan)
    let week = try SchedulePipeline.weekProblem(
      plan: plan, folder: self.plan, agentsPath: agents, requirementsPath: requirements, objective: objective)
    if let path = writeModel {
      try SchedulePipeline.writeModel(week, to: path)
    }
    let solution = try SchedulePipeline.solveKeepingMost(week, objective: objective, timeLimit: limit, gap: gap)
    let solved = solution.week
    var result = solution.result
    try SchedulePipeline.write(week: solved, result: &result, to: out)
  }
}

/// The schedule stage, shared by `schedule` and `plan`.
enum SchedulePipeline {
  static func weekProblem(
    plan: Plan, folder: String, agentsPath: String?, requirementsPath: String?, objective: ScheduleObjective
  ) throws -> WeekProblem {
    let agentsFile = agentsPath ?? "\(folder)/agents.csv"
    let agents = try AgentsReader.read(path: agentsFile, plan: plan)
    let rows: [RequirementsFile.Row]
    if let requirementsPath {
      rows = try RequirementsFile.read(path: requirementsPath, calendar: plan.calendar, channels: Set(plan.channels.map(\.id)))
      try WeekCoverage.check(requirementsPath, starts: rows.lazy.map(\.start), calendar: plan.calendar, remedy: .requirements)
    } else {
      let forecasts = try PlanForecast.run(
        plan: plan, historyPath: "\(folder)/history.csv", start: plan.week, weeks: 1, choice: .automatic)
      rows = try RequirementPlanner(plan: plan).requirements(for: ForecastTable(rows: forecasts.flatMap(\.rows))).map(\.row)
    }
    let week = try WeekProblem(plan: plan, agents: agents, requirements: rows, objective: objective)
    warnBeforeSolving(plan: plan, agents: agents, agentsFile: agentsFile, rows: rows)
    return week
  }

  /// Staffing problems said before solving, by `schedule` and `plan` alike: a channel with demand
  /// and nobody skilled for it, skilled agents all needed elsewhere, agents available only while
  /// their channels are closed.
  static func warnBeforeSolving(plan: Plan, agents: [Agent], agentsFile: String, rows: [RequirementsFile.Row]) {
    // A channel with demand and nobody skilled for it: said before solving, not only as 0 % after.
    let hours = Double(plan.intervalLength.seconds) / 3600
    var demand: [String: Double] = [:]
    for row in rows { demand[row.channel, default: 0] += row.agents * hours }
    for channel in plan.channels where !agents.contains(where: { $0.canAnswer(channel.id) }) {
      guard let hours = demand[channel.id], hours > 0 else { continue }
      Progress.note(
        "warning: \(agentsFile): no agent has the skill \(channel.id), so its \(String(format: "%.1f", hours)) "
          + "agent-hours of demand stay unmet; add \(channel.id) to some agents' skills")
    }
    // Skilled agents all needed elsewhere: a maximum flow of the agents' hours to the channels.
    var groups: [[String]: Double] = [:]
    for agent in agents { groups[agent.skills.sorted(), default: 0] += agent.maxHours.inHours }
    let short = SkillCapacity.shortfalls(demand: demand, groups: groups.map { ($0.key, $0.value) })
    for gap in short where agents.contains(where: { $0.canAnswer(gap.channel) }) {
      // Short even with every skilled hour on it: the channel needs more skilled hours, not
      // fewer other channels (8 voice-only agents read "also needed for other channels").
      let skilled = agents.filter { $0.canAnswer(gap.channel) }.reduce(0.0) { $0 + $1.maxHours.inHours }
      guard skilled > gap.servable + 1e-6 else {
        Progress.note(
          String(
            format: "warning: %@: the agents skilled for %@ have %.1f maximum hours for its %.1f agent-hours of "
              + "requirement (before shifts and breaks); add %@ to more agents' skills or hire", agentsFile, gap.channel,
            skilled, gap.demand, gap.channel))
        continue
      }
      Progress.note(
        String(
          format: "warning: %@: the agents skilled for %@ are also needed for other channels: once those are "
            + "staffed, at most %.1f of its %.1f agent-hours of requirement are left for it (maximum hours, before "
            + "shifts and breaks); add %@ to more agents' skills or hire", agentsFile, gap.channel, gap.servable, gap.demand,
          gap.channel))
    }
    // Too few agents for the week as a whole: said once, with the headcount it would take (a
    // planner's 25 agents for 4,840 required agent-hours saw only per-channel lines saying
    // "add skills", which cannot help when every channel is short).
    let required = demand.values.reduce(0, +)
    let most = agents.reduce(0.0) { $0 + $1.maxHours.inHours }
    if required > 0, most < Self.shortWeekShare * required {
      let average = most / Double(max(1, agents.count))
      let count = average > 0 ? Int(((required - most) / average).rounded(.up)) : 0
      let more = count > 0 ? String(format: "; about %d more %@ at their average maximum of %.1f h", count, count == 1 ? "agent" : "agents", average) : ""
      Progress.note(
        String(
          format: "warning: %@: the agents' maximum hours (%.1f h) are %.0f %% of the week's %.1f agent-hours of "
            + "requirement: no roster of them meets it%@ (staffplan capacity plans the hiring)",
          agentsFile, most, most / required * 100, required, more))
    }
    // A line open every hour of the week (an emergency line) closed by a holiday is more likely an
    // oversight than a plan: say so once per holiday.
    let weekHolidays = plan.calendar.weekDays.filter { plan.holidays.contains($0) }
    for channel in plan.channels where !channel.kind.isDeferred && channel.hours.holidayRanges == nil
      && channel.hours.openMinutesPerWeek == 7 * 1440
    {
      for date in weekHolidays {
        Progress.note(
          "note: plan.yaml: holiday \(date) closes \(channel.id), open every other hour of the week; "
            + "to keep it open give its hours holidays: \"00:00-24:00\"")
      }
    }
    for agent in agents where !plan.canWorkOpenHours(agent) {
      Progress.note(
        "warning: \(agentsFile), agent \(agent.id): available only while \(agent.skills.joined(separator: ", ")) "
          + "is closed, so they get no shift; widen their availability or their channels' hours")
    }
  }

  /// Maximum hours below this share of the requirement are called too few before solving
  /// (scheduling to the promise needs a few percent less than the requirement; the demo 5 %).
  static let shortWeekShare = 0.9

  static func writeModel(_ week: WeekProblem, to path: String) throws {
    guard path.hasSuffix(".lp") || path.hasSuffix(".mps") else {
      throw InputError(file: "--write-model", problem: "\"\(path)\" is neither .lp nor .mps", remedy: "name the file model.lp (CPLEX LP) or model.mps")
    }
    do { try WeeklyScheduler().writeModel(week.problem, to: path) } catch { throw ScheduleFailure(error) }
    Progress.note("schedule: model written to \(path)")
  }

  /// `again`: the same week solved a second time (the short-week fallback): the holiday lines,
  /// the same for both, are not printed twice.
  static func solve(_ week: WeekProblem, timeLimit: Duration, gap: Percentage, again: Bool = false) throws -> ScheduleResult {
    let scheduler = WeeklyScheduler(timeLimit: timeLimit, relativeGap: gap.fraction)
    let problem = week.problem
    Progress.note("schedule: \(problem.agents.count) agents, \(problem.channels.count) channels, \(problem.intervalCount) intervals, time limit \(timeLimit.unitText)")
    var lastNote = ContinuousClock.now - .seconds(10)
    do {
      var result = try scheduler.schedule(problem) { progress in
        guard ContinuousClock.now - lastNote >= .seconds(1) else { return }
        lastNote = .now
        Progress.status("schedule: \(progress.stage)" + Self.figures(progress))
      }
      result.report.conflicts = week.adjustments + result.report.conflicts
      // Holidays lower many agents' minimums at once: one line per holiday, the rest one per conflict.
      let minimums = week.agents.map { week.plan.weeklyMinimum(of: $0) }
      for holiday in Set(minimums.flatMap(\.holidays)).sorted() where !again {
        let count = minimums.filter { $0.holidays.contains(holiday) }.count
        Progress.note("note: holiday \(holiday): \(count) agents' minimum hours lowered by a day's share (schedule.json, conflicts)")
      }
      for conflict in result.report.conflicts.dropFirst(week.adjustments.count) { Progress.note("conflict: \(conflict)") }
      return result
    } catch {
      throw ScheduleFailure(error)
    }
  }

  private static func figures(_ progress: ScheduleProgress) -> String {
    var text = ""
    if let incumbent = progress.incumbent { text += String(format: ", incumbent %.1f", incumbent) }
    if let bound = progress.bound { text += String(format: ", bound %.1f", bound) }
    if let gap = progress.gap { text += String(format: ", gap %.2f%%", gap * 100) }
    return text + String(format: ", %.1f s", progress.elapsed.inSeconds)
  }

  /// Writes roster.csv, coverage.csv, schedule.json and one calendar per agent into `folder`, each
  /// whole or not at all; returns the roster's segments.
  @discardableResult
  /// `shownAs` is the folder named in messages (the final one, when `folder` is a staging folder).
  static func write(week: WeekProblem, result: inout ScheduleResult, to folder: String, shownAs: String? = nil) throws
    -> [RosterSegment]
  {
    let calendar = week.plan.calendar
    let segments = RosterExport(week: week, result: result).segments()
    let validationWeek = Self.validationWeek(week, segments: segments)
    let validation = RosterValidator(week: validationWeek).validate()
    let intervalHours = week.plan.intervalLength.duration.inHours
    result.countLateWork(validation, hoursPerInterval: intervalHours)
    let roster = RosterFile.csv(segments, calendar: calendar)
    let coverage = coverageCSV(RosterExport(week: week, result: result), week: week)
    // Every roster goes through the independent check before anyone reads it.
    var report = result.report
    let check = RosterCheck(plan: week.plan, agents: week.agents)
    report.rosterViolations = check.check(segments).filter { !$0.isExplained(by: report.conflicts) }
    report.channels = promises(week: week, validationWeek: validationWeek, validation: validation)
    markUnstaffed(&report.channels, week: week, roster: result.roster)
    PromiseGapText.markSpareHours(&report.channels, week: week, roster: result.roster)
    report.requiredAgentHours = week.requirementRows.reduce(0) { $0 + $1.agents } * intervalHours
    report.efficiency = report.requiredAgentHours > 0 ? (report.paidHours / report.requiredAgentHours * 10_000).rounded() / 10_000 : 0
    for promise in report.channels where !promise.kept {
      if let phrase = PromiseGapText.phrase(promise) {
        Progress.note("schedule: \(promise.channel) keeps \(String(format: "%.1f", promise.serviceLevel * 100)) % against \(promise.target); \(phrase)")
      }
      for hint in PromiseGapText.hints(promise, gap: report.gap, stoppedByTimeLimit: report.status == .timeLimit) {
        Progress.note("schedule: \(promise.channel): \(hint)")
      }
    }
    for line in report.channels.compactMap(PromiseGapText.unstaffed) { Progress.note("schedule: \(line)") }
    for violation in report.rosterViolations { Progress.note("roster check: \(violation)") }
    #if DEBUG
      // A violation is a scheduler bug: debug builds (tests) refuse the roster and write nothing.
      if let first = report.rosterViolations.first {
        throw ScheduleFailure(RosterCheckFailure(count: report.rosterViolations.count, first: first))
      }
    #endif
    let json = try scheduleJSON(report)
    result.report = report
    try AtomicFile.write(roster, to: "\(folder)/roster.csv")
    try AtomicFile.write(coverage, to: "\(folder)/coverage.csv")
    try AtomicFile.write(json, to: "\(folder)/schedule.json")
    try writeCalendars(segments, agents: week.agents, plan: week.plan, into: "\(folder)/calendars")
    Progress.note(String(
      format: "schedule: %@, cost %.2f, objective %.2f, lower bound %.2f, gap %.2f%%, %.1f s; wrote %@/roster.csv",
      report.status.rawValue, report.cost, report.objective, report.lowerBound, report.gap * 100, report.seconds,
      shownAs ?? folder))
    Progress.note("schedule: stopped because \(report.stopReason)")
    if report.requiredAgentHours > 0 {
      Progress.note(String(
        format: "schedule: efficiency %.2f (%.1f paid hours for %.1f required agent-hours; %@)",
        ReportFormat.rounded(report.efficiency, decimals: 2), ReportFormat.rounded(report.paidHours, decimals: 1),
        ReportFormat.rounded(report.requiredAgentHours, decimals: 1), PlanSummary.efficiencyUse(report, minimumHours: PlanSummary.minimumHours(week))))
    }
    if report.idleHours > 0 {
      Progress.note(String(format: "schedule: %.1f paid hours idle (inside shifts, none of the agent's channels open; idle in roster.csv)", ReportFormat.rounded(report.idleHours, decimals: 1)))
    }
    if let line = PlanSummary.afterWeekLine(report) { Progress.note("schedule: " + line) }
    return segments
  }

  /// The roster's week as validate reads it, with the requirements' volumes and handle times (the
  /// forecast the schedule was sized from).
  static func validationWeek(_ week: WeekProblem, segments: [RosterSegment]) -> ValidationWeek {
    let forecast = ForecastTable(
      rows: week.requirementRows.map {
        ForecastTable.Row(
          channel: $0.channel, start: $0.start, volume: $0.volume, handleTime: $0.handleTime, low: $0.volume,
          high: $0.volume)
      })
    return ValidationWeek(plan: week.plan, forecast: forecast, roster: segments, agentSkills: Agent.skills(week.agents))
  }

  /// Each channel's week by validate's formula on the written roster (`validation` of
  /// `validationWeek`: the requirements' volumes and handle times, the forecast the schedule was
  /// sized from).
  static func promises(week: WeekProblem, validationWeek: ValidationWeek, validation: ValidationReport) -> [ChannelPromise] {
    validation.channels.enumerated().map { index, check in
      var promise = ChannelPromise(
        channel: check.channel.id, serviceLevel: (check.serviceLevel * 1_000_000).rounded() / 1_000_000,
        target: check.targetText, kept: check.kept, strongestKept: check.strongestKeptText)
      if !check.kept, !week.agents.contains(where: { $0.canAnswer(check.channel.id) }) { promise.noAgentSkilled = true }
      if !check.kept, let gap = PromiseGap.of(validationWeek, channel: index) {
        promise.keepableInOpenHours = gap.reachable
        if gap.reachable {
          promise.toKeepAgentHours = (gap.agentHours * 100).rounded() / 100
          promise.toKeepWhere = gap.places(in: validationWeek)
        } else {
          promise.bestInOpenHours = (gap.serviceLevel * 1_000_000).rounded() / 1_000_000
          promise.strongestInOpenHours = gap.strongestPossible.map { ChannelValidation.text($0, deferred: true) }
        }
      }
      return promise
    }
  }

  /// Voice and chat stretches with demand and nobody on the channel, into each channel's entry
  /// (a short night left a whole night empty, seen only in the charts); for e-mail and messaging,
  /// open stretches of two hours or more with nobody (work waits, but a planner's Saturday e-mail
  /// hours had nobody in all 24 quarter-hours and the summary said nothing). Channels nobody is
  /// skilled for are said by `noAgentSkilled` instead.
  static func markUnstaffed(_ promises: inout [ChannelPromise], week: WeekProblem, roster: Roster) {
    let intervals = week.plan.calendar.weekIntervals()
    for coverage in roster.coverage {
      guard let channel = week.plan.channels.first(where: { $0.id == coverage.channel }),
        week.agents.contains(where: { $0.canAnswer(channel.id) }), coverage.required.count == intervals.count,
        let p = promises.firstIndex(where: { $0.channel == channel.id })
      else { continue }
      let empty: [Double]
      if channel.kind.isDeferred {
        guard let open = week.problem.channels.first(where: { $0.id == channel.id }) else { continue }
        let least = Int((7200 / week.plan.intervalLength.duration.inSeconds).rounded(.up))
        empty = openAndEmpty(scheduled: coverage.scheduled, arriving: coverage.required, isOpen: { open.isOpen($0) }, least: least)
      } else {
        empty = coverage.required.indices.map { t in
          coverage.required[t] > 0.01 && coverage.scheduled[t] < 0.01 ? coverage.required[t] : 0
        }
      }
      let count = empty.count { $0 > 0 }
      guard count > 0 else { continue }
      if channel.kind.isDeferred { promises[p].unstaffedOpenHours = true }
      promises[p].unstaffedIntervals = count
      promises[p].unstaffedAgentHours = (empty.reduce(0, +) * week.plan.intervalLength.duration.inHours * 100).rounded() / 100
      promises[p].unstaffedWhere = PromiseGap.stretches(
        empty, intervals: intervals, length: week.plan.intervalLength,
        separators: coverage.scheduled.map { $0 >= 0.01 })
    }
  }

  /// Per interval of open stretches of at least `least` intervals with nobody on a deferred channel, the
  /// work arriving then (at least 1e-6, so an empty stretch counts with no work arriving); 0 elsewhere.
  static func openAndEmpty(scheduled: [Double], arriving: [Double], isOpen: (Int) -> Bool, least: Int) -> [Double] {
    var empty = Array(repeating: 0.0, count: scheduled.count)
    var run: [Int] = []
    for t in 0...scheduled.count {
      if t < scheduled.count, isOpen(t), scheduled[t] < 0.01 {
        run.append(t)
        continue
      }
      if run.count >= least { for u in run { empty[u] = max(arriving[u], 1e-6) } }
      run = []
    }
    return empty
  }

  /// One iCalendar file per agent with shifts, named `AGENT.ics`.
  static func writeCalendars(_ segments: [RosterSegment], agents: [Agent], plan: Plan, into folder: String) throws {
    let rostered = Set(segments.map(\.agentID))
    let stamp = ICalendar.stamp(environment: ProcessInfo.processInfo.environment)
    for agent in agents where rostered.contains(agent.id) {
      let text = ICalendar.file(
        agent: agent, segments: segments, calendar: plan.calendar, planName: plan.name, stamp: stamp)
      try AtomicFile.write(text, to: "\(folder)/\(ICalendar.fileName(for: agent.id))")
    }
  }

  static func coverageCSV(_ export: RosterExport, week: WeekProblem) -> String {
    var volumes: [String: [Date: (Double, Duration)]] = [:]
    for row in week.requirementRows { volumes[row.channel, default: [:]][row.start] = (row.volume, row.handleTime) }
    var text = "channel,interval_start,required,scheduled,unmet,service_level\n"
    for row in export.coverage() {
      var level = ""
      if let channel = week.plan.channel(row.channel), !channel.kind.isDeferred,
        let (volume, handle) = volumes[row.channel]?[row.start]
      {
        level = CSVText.number(
          LineQueueFigures(plan: week.plan, channel: channel).serviceLevel(
            volume: volume, handleSeconds: handle.inSeconds, agents: row.scheduled, answerTime: channel.target.answerTime))
      }
      text += CSVText.line([
        row.channel, week.plan.calendar.text(for: row.start), CSVText.number(row.required),
        CSVText.number(row.scheduled), CSVText.number(row.unmet), level,
      ])
    }
    return text
  }

  static func scheduleJSON(_ report: ScheduleReport) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
  }
}

/// The roster broke a hard rule the checker knows: a scheduler bug, refused in debug builds.
struct RosterCheckFailure: Error, CustomStringConvertible {
  let count: Int
  let first: RosterViolation
  var description: String { "the roster check found \(count) violations (a scheduler bug), first: \(first)" }
}

/// A scheduling failure that is not the planner's input: exit 1 with one line.
struct ScheduleFailure: Error, CustomStringConvertible {
  let underlying: any Error
  init(_ underlying: any Error) { self.underlying = underlying }
  var description: String { "the scheduler could not run: \(underlying)" }
}
