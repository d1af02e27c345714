import Forecast
import Foundation
import Scheduler

/// The report's tables: promises, solver figures with unmet demand, and the roster per day.
enum ReportSections {
  /// Below this probability of keeping a promise (from simulation), a promise kept by formula is "at risk".
  static let riskProbability = 0.8

  /// What raises promises kept by formula but at risk in simulation: the margin for calls and
  /// chats; for e-mail and messages (whose promise rows do not take it) more hours with the skill.
  static func riskRemedy(_ channels: [Channel]) -> String {
    let deferred = channels.filter(\.kind.isDeferred).map(\.id), line = channels.filter { !$0.kind.isDeferred }.map(\.id)
    // Channels named only when both remedies are given (the lines around name them otherwise).
    let named = { (ids: [String]) in !deferred.isEmpty && !line.isEmpty ? ids.joined(separator: ", ") + ": " : "" }
    var parts: [String] = []
    if !line.isEmpty { parts.append(named(line) + "service_level_margin in plan.yaml plans above the promise") }
    if !deferred.isEmpty {
      parts.append(named(deferred) + "more agent-hours with the skill in its hours (the margin covers calls and chats only)")
    }
    return parts.joined(separator: "; ") + " (docs/validation.md)"
  }

  /// A promise's verdict: broken when the formula misses the target; at risk when the formula keeps
  /// it but simulation keeps it in fewer than ``riskProbability`` of runs; kept otherwise.
  enum Verdict: String {
    case kept = "kept"
    case atRisk = "at risk"
    case broken = "broken"

    init(_ promise: ReportInput.Promise) {
      if !promise.kept {
        self = .broken
      } else if let probability = promise.probabilityKept, probability < ReportSections.riskProbability {
        self = .atRisk
      } else {
        self = .kept
      }
    }

    var html: String {
      "<span class=\"status \(self == .atRisk ? "at-risk" : rawValue)\">\(rawValue)</span>"
    }
  }

  static func promises(
    _ promises: [ReportInput.Promise]?, plan: Plan, schedule: ReportInput.Schedule? = nil
  ) -> String {
    let (advice, replaced) = (schedule?.channels, schedule?.promiseRosterReplaced)
    var html = "<section id=\"promises\">\n<h2>Promises</h2>\n"
    if let replaced {
      html += "<p class=\"lead\"><strong>This roster covers each interval's requirement</strong>, not the week's "
        + "promises: \(HTMLText.escape(replaced)).</p>\n"
    }
    guard let promises else { return html + ReportHTML.missing("validation.json") + "</section>\n" }
    let simulated = promises.contains { $0.simulatedServiceLevel != nil || $0.probabilityKept != nil }
    html += "<p class=\"lead\">Service level over the whole week by formula"
      + (simulated ? ", and by simulation with the probability that the week keeps the promise" : "")
      + ". <em>At risk</em>: kept by formula, but kept in fewer than "
      + "\(ReportFormat.percent(riskProbability, decimals: 0)) of simulated weeks.</p>\n"
    var header = ["Channel", "Promise", "Service level (week)"]
    if simulated { header += ["Simulated", "Probability kept"] }
    header += ["Verdict", "Strongest promise kept"]
    let rows = promises.map { promise -> [String] in
      var row = [HTMLText.escape(promise.channel), HTMLText.escape(promise.target), ReportFormat.percent(promise.serviceLevel)]
      if simulated {
        row += [ReportFormat.percent(promise.simulatedServiceLevel), ReportFormat.percent(promise.probabilityKept)]
      }
      return row + [Verdict(promise).html, HTMLText.escape(promise.strongestKept ?? ReportFormat.missing)]
    }
    let numeric: Set<Int> = simulated ? [2, 3, 4] : [2]
    html += HTMLText.table(header: header, rows: rows, numeric: numeric)
    let verdicts = promises.map(Verdict.init)
    let broken = verdicts.filter { $0 == .broken }.count, risky = verdicts.filter { $0 == .atRisk }.count
    if broken + risky > 0 {
      html += "<p class=\"note-box\">\(broken) promise\(broken == 1 ? "" : "s") broken, \(risky) at risk: "
        + "check the cover and service-level charts below before publishing.</p>\n"
    }
    // What raises a promise at risk, as the summary says it.
    let atRisk = zip(promises, verdicts).filter { $0.1 == .atRisk }.compactMap { promise, _ in
      plan.channels.first { $0.id == promise.channel }
    }
    if !atRisk.isEmpty {
      html += "<p>At risk: \(HTMLText.escape(riskRemedy(atRisk))).</p>\n"
    }
    // What would keep each broken promise (schedule.json), as schedule, plan and validate print it.
    let stoppedByTimeLimit = schedule?.status == ScheduleReport.Status.timeLimit.rawValue
    let phrases = (advice ?? []).filter { !$0.kept }.flatMap { promise in
      ([PromiseGapText.phrase(promise)].compactMap { $0 }
        + PromiseGapText.hints(promise, gap: schedule?.gap ?? 0, stoppedByTimeLimit: stoppedByTimeLimit))
        .map { "<li>\(HTMLText.escape(promise.channel)): \(HTMLText.escape($0))</li>" }
    }
    if !phrases.isEmpty {
      html += "<p>What would keep them (schedule.json; a floor: real shifts are longer):</p>\n<ul>\n"
        + phrases.joined(separator: "\n") + "\n</ul>\n"
    }
    let empty = (advice ?? []).compactMap(PromiseGapText.unstaffed).map { "<li>\(HTMLText.escape($0))</li>" }
    if !empty.isEmpty {
      html += "<p>Demand with nobody on the channel (schedule.json):</p>\n<ul>\n" + empty.joined(separator: "\n") + "\n</ul>\n"
    }
    return html + "</section>\n"
  }

  static func solver(_ schedule: ReportInput.Schedule?, coverage: [ReportInput.Coverage]?, plan: Plan) -> String {
    var html = "<section id=\"solver\">\n<h2>Solver figures</h2>\n"
    if let schedule {
      let rows: [[String]] = [
        ["Status", HTMLText.escape(schedule.status)],
        ["Objective", ReportFormat.money(schedule.objective)],
        ["Lower bound", ReportFormat.money(schedule.lowerBound)],
        ["Gap", ReportFormat.percent(schedule.gap, decimals: 2)],
        ["Solve time", schedule.seconds.map { ReportFormat.number($0, decimals: 1) + " s" } ?? ReportFormat.missing],
        ["Paid hours", ReportFormat.hours(schedule.paidHours)],
        ["Cost", ReportFormat.money(schedule.cost)],
        ["Idle hours", ReportFormat.hours(schedule.idleHours)],
      ]
      html += "<div class=\"side\">\n"
        + HTMLText.table(header: ["Figure", "Value"], rows: rows, numeric: [1], caption: "From schedule.json")
    } else {
      html += ReportHTML.missing("schedule.json")
    }
    let reason = schedule?.stopReason.map { "<p class=\"lead\">Stopped because \(HTMLText.escape($0)).</p>\n" } ?? ""
    guard schedule?.unmetAgentHours != nil || coverage != nil else {
      return html + (schedule != nil ? "</div>\n" : "") + reason + "</section>\n"
    }
    let hours = Double(plan.intervalLength.minutes) / 60
    // Per channel from coverage.csv: required, scheduled and unmet agent-hours.
    typealias Totals = (required: Double, scheduled: Double, unmet: Double)
    let covered = coverage.map { coverage in
      Dictionary(uniqueKeysWithValues: plan.channels.map(\.id).map { channel -> (String, Totals) in
        let mine = coverage.filter { $0.channel == channel }
        return (channel, (mine.reduce(0) { $0 + $1.required } * hours, mine.reduce(0) { $0 + $1.scheduled } * hours,
                          mine.reduce(0) { $0 + $1.unmet } * hours))
      })
    }
    // schedule.json's unmet hours beside coverage.csv's only when they differ (they describe one
    // roster: a difference is a bug to see, agreement a column of repeats).
    let solverUnmet = schedule?.unmetAgentHours.flatMap { unmet -> [String: Double]? in
      guard let covered else { return unmet }
      return covered.contains { abs($0.value.unmet - (unmet[$0.key] ?? 0)) > 0.05 } ? unmet : nil
    }
    var rows: [[String]] = []
    for channel in plan.channels.map(\.id) {
      var row = [HTMLText.escape(channel)]
      if let totals = covered?[channel] {
        row += [ReportFormat.hours(totals.required), ReportFormat.hours(totals.scheduled), ReportFormat.hours(totals.unmet)]
      }
      if let unmet = solverUnmet { row.append(ReportFormat.hours(unmet[channel] ?? 0)) }
      rows.append(row)
    }
    var header = ["Channel"]
    if coverage != nil { header += ["Required agent-hours", "Scheduled agent-hours", "Unmet agent-hours"] }
    if solverUnmet != nil { header.append(coverage != nil ? "Unmet agent-hours (schedule.json, differs)" : "Unmet agent-hours") }
    html += HTMLText.table(
      header: header, rows: rows, numeric: Set(1..<header.count),
      caption: "Demand and cover per channel" + (coverage != nil ? " (from coverage.csv)" : ""))
    return html + (schedule != nil ? "</div>\n" : "") + reason + "</section>\n"
  }

  /// Shifts and hours per day and channel.
  ///
  /// Shifts are counted on the day they start; hours on the day they are worked, as in
  /// coverage.csv: a night shift's hours after midnight count on the next day (a Sunday-night
  /// WhatsApp shift put 17 hours on Sunday that coverage.csv has on Monday).
  static func rosterSummary(_ roster: [RosterSegment], plan: Plan) -> String {
    let channels = plan.channels.map(\.id)
    var rows: [[String]] = []
    for date in plan.calendar.weekDays {
      let day = roster.filter { $0.shiftDate == date }
      let intervals = plan.calendar.intervals(on: date)
      guard let first = intervals.first, let last = intervals.last else { continue }
      let worked = { (segment: RosterSegment) in hours(segment, within: first.start, last.end) }
      let name = ReportFormat.day(date) + (plan.holidays.contains(date) ? " (holiday)" : "")
      var row = [name, String(Set(day.map(\.agentID)).count)]
      for channel in channels {
        row.append(ReportFormat.hours(roster.filter { $0.activity == .work && $0.channel == channel }.reduce(0) { $0 + worked($1) }))
      }
      row.append(ReportFormat.hours(roster.filter { $0.activity == .break }.reduce(0) { $0 + worked($1) }))
      rows.append(row)
    }
    let agents = Set(roster.map(\.agentID)).count
    return "<p class=\"lead\">\(ReportHTML.count(agents, "agent")) rostered. One chart per day: each row is an agent on shift that day, "
      + "ordered by start; work is coloured by channel, breaks are hatched. Hover a bar for its times.</p>\n"
      + HTMLText.table(
        header: ["Day", "Shifts starting"] + channels.map { "\($0) hours" } + ["Break hours"], rows: rows,
        numeric: Set(1..<(channels.count + 3)), caption: "Rostered hours per day (shifts on the day they start, hours on the day they are worked, as in coverage.csv; the charts below show each day's shifts whole)")
  }

  /// The hours of a segment between two instants.
  private static func hours(_ segment: RosterSegment, within start: Date, _ end: Date) -> Double {
    max(0, min(segment.end, end).timeIntervalSince(max(segment.start, start))) / 3600
  }
}
