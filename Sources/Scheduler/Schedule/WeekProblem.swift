import Forecast
import Foundation

/// The roster week as the scheduler sees it, built from the plan, agents and requirements.
///
/// Keeps the calendar's intervals next to the ``SchedulingProblem`` so results can be turned back
/// into local times (``RosterExport``). Units are converted here, once: durations to whole
/// intervals, opening hours and availability to masks over the week's real-time intervals.
///
/// Mappings (documented for planners in the README):
/// - Shift starts every `start_every`, from each day's first interval (local midnight), limited by
///   `earliest_start` / `latest_end` when given.
/// - A break `after: d` starts between `d` and `d + 1h` into the shift (room to stagger breaks);
///   `window: [a, b]` means the break lies inside `a ... b` (it starts no later than `b - length`).
/// - Unmet requirement costs `unmetPenaltyPerHour` per agent-hour: 5 x the dearest agent's hourly
///   cost, at least 100, so covering demand always beats saving wages while a skilled agent is free.
/// - Deferred channels (e-mail, messaging): the workload per interval arrives at any hour and must be
///   served within the target's answer time, by agents working the channel in its staffed hours.
public struct WeekProblem: Sendable {
  public var plan: Plan
  public var agents: [Agent]
  /// The week's real-time intervals, in order.
  public var intervals: [Interval]
  public var problem: SchedulingProblem
  /// The requirements it was built from (volume and handle time are kept for service levels).
  public var requirementRows: [RequirementsFile.Row]
  /// Contract terms the week changes before solving, one per agent and date: a holiday lowers
  /// the agent's minimum hours by a day's share (`WeekProblem.holidayShare`).
  public var adjustments: [RuleConflict]

  /// `objective`: line channels scheduled to their week's promise (default) or to each
  /// interval's requirement (``ScheduleObjective``).
  public init(
    plan: Plan, agents: [Agent], requirements: [RequirementsFile.Row], objective: ScheduleObjective = .promise
  ) throws(InputError) {
    guard let shifts = plan.shifts else {
      throw InputError(
        file: "plan.yaml", field: "shifts", problem: "the plan has no shifts",
        remedy: "add shifts: { start_every: 30m, lengths: [8h] } (see docs/reference.md)")
    }
    self.plan = plan
    self.agents = agents
    self.requirementRows = requirements
    let intervals = plan.calendar.weekIntervals()
    self.intervals = intervals
    let step = plan.intervalLength.seconds
    func count(_ duration: Duration, _ field: String) throws(InputError) -> Int {
      let seconds = Int(duration.inSeconds.rounded())
      guard seconds % step == 0 else {
        throw InputError(
          file: "plan.yaml", field: field,
          problem: "\(duration.unitText) is not a whole number of \(plan.intervalLength.text) intervals",
          remedy: "use a multiple of \(plan.intervalLength.text)")
      }
      return seconds / step
    }

    var dayStarts: [Int] = []
    for (index, interval) in intervals.enumerated() where index == 0 || intervals[index - 1].date != interval.date {
      dayStarts.append(index)
    }
    let labels = intervals.map { "\($0.weekday.shortName) \($0.startText.dropFirst(11))" }
    let startOf = Dictionary(intervals.enumerated().map { ($0.element.start, $0.offset) }, uniquingKeysWith: { a, _ in a })

    // Next week's first two days: where shifts of the last day work on.
    let after = plan.calendar.intervals(in: plan.week.adding(days: 7)..<plan.week.adding(days: 9))
    let maxCost = agents.map(\.costPerHour).max() ?? 0
    let penalty = max(100, 5 * maxCost)
    var channels: [ChannelDemand] = []
    for channel in plan.channels {
      var need = Array(repeating: 0.0, count: intervals.count)
      var volume = need, handled = need
      for requirement in requirements where requirement.channel == channel.id {
        guard let t = startOf[requirement.start] else { continue }
        need[t] += requirement.agents
        volume[t] += requirement.volume
        handled[t] += requirement.volume * requirement.handleTime.inSeconds
      }
      let open = intervals.map { plan.calendar.isOpen($0, channel.hours) }
      let demand: ChannelDemand.Demand
      if channel.kind.isDeferred {
        let window = max(1, Int((channel.target.answerTime.inSeconds / Double(step)).rounded(.down)))
        demand = .deferred(workload: need, window: window, backlog: 0)
      } else {
        demand = .immediate(required: zip(need, open).map { $1 ? $0 : 0 })
      }
      var demandOfChannel = ChannelDemand(id: channel.id, demand: demand, open: open, unmetPenaltyPerHour: penalty)
      if objective == .promise, channel.kind.isDeferred {
        demandOfChannel.deferredPromise = DeferredPromise(share: channel.target.share.fraction, contacts: volume)
      } else if objective == .promise {
        demandOfChannel.promise = Self.servicePromise(
          plan: plan, channel: channel, volume: volume,
          handleSeconds: zip(handled, volume).map { $1 > 0 ? $0 / $1 : 0 }, required: need, open: open)
      }
      demandOfChannel.openAfterWeek = after.map { plan.calendar.isOpen($0, channel.hours) }
      channels.append(demandOfChannel)
    }

    var breaks: [BreakRule] = []
    for (index, rule) in shifts.breaks.enumerated() {
      let field = "shifts.breaks[\(index)]"
      let length = try count(rule.length, "\(field).length")
      let earliest: Int, latest: Int
      switch rule.placement {
      case .after(let after):
        earliest = try count(after, "\(field).after")
        latest = earliest + max(0, 3600 / step)
      case .window(let from, let to):
        // The plan reader refused windows shorter than the break.
        earliest = try count(from, "\(field).window")
        latest = try count(to, "\(field).window") - length
      }
      breaks.append(
        BreakRule(
          length: length, earliestStart: earliest, latestStart: latest,
          minimumShiftLength: try rule.forShiftsFrom.map { d throws(InputError) in try count(d, "\(field).for_shifts_from") } ?? 0,
          paid: rule.paid))
    }
    var lengths: [Int] = []
    for length in shifts.lengths { lengths.append(try count(length, "shifts.lengths")) }
    let apart = try count(shifts.minWorkBetweenBreaks, "shifts.min_work_between_breaks")
    try Self.checkBreaksFit(breaks, lengths: lengths, minWork: apart, plan: plan)
    let template = ShiftTemplate(
      startEvery: try count(shifts.startEvery, "shifts.start_every"), lengths: lengths,
      earliestStart: (shifts.earliestStart?.minutes ?? 0) * 60 / step,
      latestEnd: shifts.latestEnd.map { $0.minutes * 60 / step }, breaks: breaks, minWorkBetweenBreaks: apart)

    let channelIndex = Dictionary(uniqueKeysWithValues: plan.channels.enumerated().map { ($0.element.id, $0.offset) })
    var adjustments: [RuleConflict] = []
    let contracts = agents.map { agent in
      let maxDays = plan.workingDays(of: agent)
      let minHours = Self.holidayShare(plan: plan, agent: agent, notes: &adjustments)
      var contract = AgentContract(
        id: agent.id, skills: agent.skills.compactMap { channelIndex[$0] }, minHours: minHours,
        maxHours: agent.maxHours.inHours, maxDays: maxDays,
        available: agent.availability.map { hours in
          intervals.map { hours.isOpen($0.weekday, minuteOfDay: $0.localStart.minuteOfDay) }
        },
        costPerHour: agent.costPerHour)
      contract.availableAfterWeek = agent.availability.map { hours in
        after.map { hours.isOpen($0.weekday, minuteOfDay: $0.localStart.minuteOfDay) }
      }
      return contract
    }
    let rules = plan.rules
    let limits = LabourRules(
      minRest: try rules?.minRest.map { d throws(InputError) in
        Int((d.inSeconds / Double(step)).rounded(.up))
      } ?? 0,
      maxConsecutiveDays: rules?.maxConsecutiveDays ?? 7)
    self.adjustments = adjustments
    self.problem = SchedulingProblem(
      intervalLength: plan.intervalLength.duration, dayStarts: dayStarts, intervalCount: intervals.count,
      labels: labels, channels: channels, shiftTemplates: [template], agents: contracts, rules: limits)
  }

  /// The agent's minimum hours for this week (`Plan.weeklyMinimum`), each holiday noted with agent
  /// and date.
  static func holidayShare(plan: Plan, agent: Agent, notes: inout [RuleConflict]) -> Double {
    let minimum = plan.weeklyMinimum(of: agent)
    var lowered = minimum.contract
    for date in minimum.holidays {
      let before = lowered
      lowered = max(0, lowered - minimum.share)
      notes.append(
        RuleConflict(
          agent: agent.id, rule: .closedDay,
          problem: "holiday \(date) (\(date.weekday.shortName)) closes every channel of the agent",
          relaxedTo: "minimum hours lowered by a day's share (\(minimum.contract.formatted) h / \(plan.workingDays(of: agent)) days) from \(before.formatted) to \(lowered.formatted) h"))
    }
    return minimum.hours
  }

  /// Every break must fit every shift it applies to: a shift is never built without a break its
  /// policy asks for (the roster check would refuse the roster), so a break that cannot fit is the
  /// plan's mistake, named here.
  static func checkBreaksFit(_ breaks: [BreakRule], lengths: [Int], minWork: Int = 0, plan: Plan) throws(InputError) {
    let step = Duration.seconds(plan.intervalLength.seconds)
    let text = { (intervals: Int) in (step * intervals).unitText }
    for (index, rule) in breaks.enumerated() {
      for length in lengths where length >= rule.minimumShiftLength {
        guard rule.starts(inShiftOf: length) == nil else { continue }
        let problem =
          rule.length >= length || rule.earliestStart + rule.length > length
          ? "a \(text(rule.length)) break starting \(text(rule.earliestStart)) in does not fit in a \(text(length)) shift"
          : "a \(text(rule.length)) break cannot lie inside its window of \(text(rule.earliestStart)) to \(text(rule.latestStart + rule.length))"
        throw InputError(
          file: "plan.yaml", field: "shifts.breaks[\(index)]", problem: problem,
          remedy: "shorten the break, widen its window, or give it for_shifts_from: longer than \(text(length))")
      }
    }
    // Each length's breaks also fit `minWork` apart inside their windows.
    for length in lengths {
      let due = breaks.filter { length >= $0.minimumShiftLength }
      // Every due break fits its window here: the loop above refused the plan otherwise.
      let options = due.map { rule in (length: rule.length, starts: Array(rule.starts(inShiftOf: length)!)) }
      guard options.count > 1, BreakSpacing.placement(options, minWork: minWork, preferred: options.map(\.starts[0])) == nil
      else { continue }
      throw InputError(
        file: "plan.yaml", field: "shifts.min_work_between_breaks",
        problem: "the \(due.count) breaks of a \(text(length)) shift cannot lie \(text(minWork)) of work apart inside their windows",
        remedy: "lower min_work_between_breaks (0m lets breaks touch) or widen a break's window")
    }
  }
}
