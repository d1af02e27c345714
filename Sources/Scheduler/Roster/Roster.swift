/// The week's roster: each agent's shifts, breaks and channel per interval, and the coverage.
public struct Roster: Sendable, Codable, Equatable {
  /// One shift of one agent.
  public struct Shift: Sendable, Codable, Equatable {
    /// The day the shift starts on (index into `SchedulingProblem.dayStarts`).
    public var day: Int
    /// First interval and one past the last, on the week's time line (the end may pass midnight).
    public var start: Int
    public var end: Int
    /// The breaks, each as first interval and one past the last.
    public var breaks: [Range<Int>]
    /// Paid hours (length less unpaid breaks).
    public var paidHours: Double
    /// For each interval of the shift, in order, the channels served and their shares of the
    /// interval (summing to 1 while working, empty on break or when idle).
    ///
    /// Usually one channel with share 1. A blended agent may split an interval (for example
    /// 0.6 voice, 0.4 chat: the first 9 minutes on voice, the last 6 on chat); the split comes
    /// from the channel-split LP and at most one agent per class and interval is split per channel.
    public var work: [[ChannelShare]]
  }

  /// A channel and the share of one interval spent on it.
  public struct ChannelShare: Sendable, Codable, Equatable {
    public var channel: Int
    public var share: Double
  }

  /// One agent's week.
  public struct AgentWeek: Sendable, Codable, Equatable {
    public var agent: String
    public var shifts: [Shift]
  }

  /// One channel's coverage per interval: what was required, what is scheduled, what is unmet.
  ///
  /// For a deferred channel, `required` is the work arriving, `scheduled` the agent-intervals
  /// serving it and `unmet` the late work. As the scheduler builds it, the model's lateness:
  /// agent-intervals of work past its window and not yet served at the end of the interval,
  /// divided by the window (FORMULATION.md); as written (``ScheduleResult/countLateWork(_:hoursPerInterval:)``),
  /// the agents' worth of the interval's arriving work answered after its window, by validate's
  /// flow. Late work is never dropped: it is served later.
  /// `target` is the requirement after the scheduler's one rounding (`staffingTargets`); `unmet`
  /// is measured against it.
  public struct Coverage: Sendable, Codable, Equatable {
    public var channel: String
    public var required: [Double]
    public var target: [Double]
    /// Agents the roster puts on the channel: the shares its segments carry (roster.csv agrees).
    public var scheduled: [Double]
    /// Of `scheduled`, what the channel split plans to use: the requirement covered, or the
    /// deferred work served. The rest is time on the channel with nothing planned for it (an
    /// agent on the e-mail queue before the e-mails arrive).
    public var served: [Double]
    public var unmet: [Double]
  }

  /// Every agent, in the problem's order, with the shifts worked (possibly none).
  public var agents: [AgentWeek]
  /// One coverage per channel, in the problem's order.
  public var coverage: [Coverage]
}

/// How the schedule ended and what it costs, for `schedule.json`.
public struct ScheduleReport: Sendable, Codable, Equatable {
  /// How the search ended.
  public enum Status: String, Sendable, Codable, Equatable {
    /// The roster's objective equals the proven lower bound.
    case optimal
    /// Within the requested gap of the lower bound.
    case gapReached
    /// Stopped by the time limit; the roster is the best found.
    case timeLimit
    /// Every stage ended before the time limit with a gap above the one requested: the roster keeps
    /// every hard rule, and the gap is how far from optimal it may be (stages 2 and 3 are heuristics;
    /// `stopReason` says where the gap was lost).
    case feasible
  }

  public var status: Status
  /// Why the search stopped there, in one sentence (which stage ended how, what was lost where).
  public var stopReason: String
  /// Paid cost plus penalties of the final roster (FORMULATION.md, objective).
  public var objective: Double
  /// A proven lower bound on every roster's objective (LP relaxation of stage 1 or better).
  public var lowerBound: Double
  /// `(objective - lowerBound) / objective`.
  public var gap: Double
  /// Wall-clock seconds.
  public var seconds: Double
  /// Paid hours over all agents.
  public var paidHours: Double
  /// Paid cost over all agents.
  public var cost: Double
  /// Required agent-hours of the week (the requirements summed over channels, after shrinkage).
  public var requiredAgentHours: Double = 0
  /// Paid hours per required agent-hour: what rostering costs on top of the requirement (shift
  /// lengths, breaks, contracts, opening hours). capacity.yaml's `efficiency` (docs/capacity.md).
  public var efficiency: Double = 0
  /// Paid hours inside shifts when none of the agent's channels is open (`idle` in roster.csv): a
  /// fixed shift length longer than the open span, or a minimum that needs the extra hours.
  public var idleHours: Double
  /// Paid hours at work after the week's last interval: shifts running on past its end (a
  /// Saturday night into next Sunday). roster.csv has them; coverage and validation count the
  /// week only, and the week's first hours are covered by shifts that start in it.
  public var hoursAfterWeek: Double = 0
  /// Agent-hours of requirement left unmet, per channel id. For a deferred channel: agent-hours of
  /// late work: as written, the agent-hours of work answered after its window, each counted once
  /// (``ScheduleResult/countLateWork(_:hoursPerInterval:)``); inside the scheduler, the model's
  /// lateness (`Δ Σ_t late[t] / W`: an agent-hour late by two windows counts two).
  public var unmetAgentHours: [String: Double]
  /// Rules that could not hold as written (found before solving), contract terms the week changed
  /// (a holiday's share of the minimum) and minimums the roster missed, each named with its agent.
  public var conflicts: [RuleConflict]
  /// Stage-1 shifts no agent could take, and shifts added to meet minimum hours.
  public var unfilledShifts: Int
  public var addedShifts: Int
  /// Shifts added after stage 2 where demand was still uncovered (agents with room left), kept
  /// because they lowered the objective.
  public var filledShifts: Int = 0
  /// Stage-1 shifts no agent could take whole, given as a shorter shift of the same day that an
  /// agent with room could (counted apart from `unfilledShifts`).
  public var shortenedShifts: Int = 0
  /// Soft wishes: agents whose days off include two consecutive days; distinct start times used.
  public var agentsWithPairedDaysOff: Int
  public var averageDistinctStarts: Double
  /// What the independent ``RosterCheck`` found in roster.csv as written that no conflict explains:
  /// empty, or a scheduler bug (debug builds refuse such a roster; release builds report it here).
  public var rosterViolations: [RosterViolation] = []
  /// The week's service level per channel by validate's formula on the roster as written, against
  /// the published promise (docs/reference.md, schedule.json: `channel`, `serviceLevel`, `target`, `kept`).
  public var channels: [ChannelPromise] = []
  /// Set when the roster scheduled to the promise broke a promise and the one covering each
  /// interval's requirement, keeping more, was written instead: which promises, and by how much.
  public var promiseRosterReplaced: String? = nil
}

/// One channel's promise and what the written roster delivers, as `validate --json` reports it.
public struct ChannelPromise: Sendable, Codable, Equatable {
  public var channel: String
  /// Share of the week's contacts answered within the promised time, rounded to 6 decimals (so every file and report rounds it to the same tenth of a percent).
  public var serviceLevel: Double
  /// The promise, as written in plan.yaml (`80/20`, `90%/24h`).
  public var target: String
  public var kept: Bool
  /// The strongest promise the roster keeps at the target's share, if any.
  public var strongestKept: String?
  /// When a voice or chat promise is broken: the agent-hours on the channel that would keep it,
  /// placed interval by interval where they buy the most (``PromiseGap``; a floor: real shifts
  /// are longer). Nil when kept, deferred, or out of reach with these opening hours.
  public var toKeepAgentHours: Double?
  /// Where those agent-hours go, per day: `Mon 11:00-14:30 6.0 h`.
  public var toKeepWhere: [String]?
  /// False when no staffing of the channel's open hours keeps the promise (contacts in closed
  /// hours count as not answered); nil when kept or deferred.
  public var keepableInOpenHours: Bool?
  /// When no staffing of the open hours keeps it: the most these hours allow, the week's service
  /// level with unlimited agents in them (line channels: 99.9 % in every open interval), and for
  /// e-mail and messaging the strongest promise at the target's share they keep, if any.
  public var bestInOpenHours: Double?
  public var strongestInOpenHours: String?
  /// True when no agent in agents.csv has the channel's skill: nobody answers it, whatever the
  /// hours (the advice is then the skill, not the hours); nil otherwise.
  public var noAgentSkilled: Bool?
  /// Voice and chat: intervals with demand and nobody on the channel, their required agent-hours
  /// and where, by stretch (`sun 20:00-08:00 43.3 h`); e-mail and messaging: open stretches of two
  /// hours or more with nobody, with the work arriving then (`unstaffedOpenHours` true); nil when
  /// there are none.
  public var unstaffedIntervals: Int?
  public var unstaffedAgentHours: Double?
  public var unstaffedWhere: [String]?
  public var unstaffedOpenHours: Bool?
  /// When the promise is broken and some agents have the channel's skill: how many, and the paid
  /// hours they could still add to this roster (maximum hours and days, availability, open hours,
  /// shifts made longest: `SchedulingProblem.hoursLeft`). Fewer than `toKeepAgentHours`: hours
  /// alone cannot keep it, the skill or hiring can. Nil otherwise.
  public var skilledAgents: Int?
  public var skilledSpareHours: Double?

  public init(channel: String, serviceLevel: Double, target: String, kept: Bool, strongestKept: String?) {
    self.channel = channel
    self.serviceLevel = serviceLevel
    self.target = target
    self.kept = kept
    self.strongestKept = strongestKept
  }
}

/// What `WeeklyScheduler` returns: the roster and its report.
public struct ScheduleResult: Sendable, Codable, Equatable {
  public var roster: Roster
  public var report: ScheduleReport
  /// `worth[a][t]`: what agent `a` at work in `t` would take off the channel split's objective
  /// (its duals), for the scheduler's last moves; not written.
  var worth: [[Double]] = []
  /// How long stage 1's LP relaxation took (not in schedule.json): the short-week fallback skips
  /// its second solve when the first's relaxation alone used most of the time limit.
  public var relaxationSeconds = 0.0

  enum CodingKeys: String, CodingKey { case roster, report }

  public init(roster: Roster, report: ScheduleReport) {
    self.roster = roster
    self.report = report
  }
}

/// A snapshot of the search, for a progress display.
public struct ScheduleProgress: Sendable, Equatable {
  /// The stage running: `relaxation`, `shift counts`, `named assignment`, `breaks`, `channel split`.
  public var stage: String
  public var incumbent: Double?
  public var bound: Double?
  public var gap: Double?
  public var elapsed: Duration
}
