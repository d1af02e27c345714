import Forecast
import Foundation

extension RosterCheck {
  /// Rule `knownAgent`: the roster's agent is in agents.csv.
  func knownAgent(_ week: AgentWeek) -> [RosterViolation] {
    guard week.agent == nil else { return [] }
    let count = week.shifts.count
    return [
      RosterViolation(
        agent: week.id, date: nil, rule: .knownAgent,
        message: "is not in agents.csv but has \(count) shift\(count == 1 ? "" : "s") in the roster")
    ]
  }

  /// Rule `weeklyHours`: paid hours of the week's shifts within the agent's minimum and maximum;
  /// the minimum is the week's (`Plan.weeklyMinimum`: a holiday lowers it by a day's share).
  func weeklyHours(_ week: AgentWeek) -> [RosterViolation] {
    guard let agent = week.agent else { return [] }
    let paid = week.shiftsInWeek.reduce(0) { $0 + $1.paidSeconds }
    let minimum = plan.weeklyMinimum(of: agent)
    let figures = RosterViolation.WeeklyHours(
      paid: Double(paid) / 3600, minimum: minimum.hours, maximum: agent.maxHours.inHours)
    let paidText = Self.text(seconds: paid)
    let message: String
    if figures.belowMinimum {
      let holidays = minimum.holidays.isEmpty ? "" : " (\(agent.minHours.unitText) less a day's share for \(minimum.holidays.map(\.text).joined(separator: ", ")))"
      message = "is paid \(paidText) in the week, below the minimum \(Self.text(seconds: Int((minimum.hours * 3600).rounded())))\(holidays)"
    } else if figures.aboveMaximum {
      message = "is paid \(paidText) in the week, above the maximum \(agent.maxHours.unitText)"
    } else {
      return []
    }
    return [RosterViolation(agent: week.id, date: nil, rule: .weeklyHours, message: message, hours: figures)]
  }

  /// Rule `maxDays`: at most the agent's `max_days` dates with a shift in the week.
  func maxDays(_ week: AgentWeek) -> [RosterViolation] {
    guard let agent = week.agent, week.shiftsInWeek.count > agent.maxDays else { return [] }
    return [
      RosterViolation(
        agent: week.id, date: nil, rule: .maxDays,
        message: "works \(week.shiftsInWeek.count) days in the week, more than max_days \(agent.maxDays)")
    ]
  }

  /// Rule `maxConsecutiveDays`: no run of more than `max_consecutive_days` dates with a shift.
  func maxConsecutiveDays(_ week: AgentWeek) -> [RosterViolation] {
    guard let limit = plan.rules?.maxConsecutiveDays else { return [] }
    var runs: [[LocalDate]] = []
    for date in week.shiftsInWeek.map(\.date) {
      if let last = runs.last?.last, last.adding(days: 1) == date {
        runs[runs.count - 1].append(date)
      } else {
        runs.append([date])
      }
    }
    return runs.filter { $0.count > limit }.map { run in
      RosterViolation(
        agent: week.id, date: run[0], rule: .maxConsecutiveDays,
        message: "works \(run.count) days in a row (\(run[0].text) to \(run.last!.text)), "
          + "more than max_consecutive_days \(limit)")
    }
  }

  /// Rule `minDaysOff`: at least `min_days_off` of the week's 7 days without a shift.
  func minDaysOff(_ week: AgentWeek) -> [RosterViolation] {
    let off = 7 - week.shiftsInWeek.count
    guard let minimum = plan.rules?.minDaysOff, off < minimum else { return [] }
    return [
      RosterViolation(
        agent: week.id, date: nil, rule: .minDaysOff,
        message: "has \(off) day\(off == 1 ? "" : "s") off in the week, fewer than min_days_off \(minimum)")
    ]
  }

  /// Rule `minimumRest`: at least `min_rest` of real time between a shift's end and the next shift's start.
  func minimumRest(_ week: AgentWeek) -> [RosterViolation] {
    guard let minRest = plan.rules?.minRest else { return [] }
    let shifts = week.shifts.sorted { $0.start < $1.start }
    return zip(shifts, shifts.dropFirst()).compactMap { previous, next in
      let rest = Self.seconds(previous.end, next.start)
      guard rest < Self.seconds(minRest) else { return nil }
      let ended = "the \(previous.date.text) shift ends \(plan.calendar.text(for: previous.end))"
      let message = rest < 0
        ? "starts \(plan.calendar.text(for: next.start)), \(Self.text(seconds: -rest)) before \(ended)"
        : "rests \(Self.text(seconds: rest)) after \(ended), less than min_rest \(minRest.unitText)"
      return violation(next, .minimumRest, message)
    }
  }
}
