/// The scheduler's whole input for one roster week, in intervals of one fixed real length.
///
/// The week is one time line of `intervalCount` real-time intervals. Days are ranges of that time
/// line (`dayStarts`), so a daylight-saving day simply has 92 or 100 quarter-hours, and a shift
/// that starts at 22:00 covers the next day's first intervals: nothing wraps onto its own day.
/// Every count here (shift lengths, break windows, rest, deferred windows) is in intervals;
/// hours are real hours (paid time, contracts, costs). The lead's adapter builds this value from
/// the plan, the calendar and the requirements; the scheduler never reads files.
///
/// ```swift
/// let problem = SchedulingProblem(
///   intervalLength: .seconds(1800), dayStarts: [0, 48], intervalCount: 96,
///   labels: (0..<96).map { "t\($0)" },
///   channels: [.init(id: "voice", demand: .immediate(required: Array(repeating: 1, count: 96)))],
///   shiftTemplates: [.init(startEvery: 2, lengths: [16])],
///   agents: [.init(id: "ana", skills: [0], maxHours: 40)])
/// ```
public struct SchedulingProblem: Sendable, Codable, Equatable {
  /// The real length of one interval (5 to 60 minutes).
  public var intervalLength: Duration
  /// The first interval of each day; the week has `dayStarts.count` days (normally 7).
  public var dayStarts: [Int]
  /// The number of intervals in the week: `T`.
  public var intervalCount: Int
  /// The local label of each interval, for row names and output (`Sun 09:00`).
  public var labels: [String]
  /// The channels, each with its demand, opening mask and unmet penalty.
  public var channels: [ChannelDemand]
  /// The shift templates agents may work.
  public var shiftTemplates: [ShiftTemplate]
  /// The named agents and their contracts.
  public var agents: [AgentContract]
  /// Labour rules that hold for every agent.
  public var rules: LabourRules
  /// Penalty per agent-hour staffed beyond the requirement (idle or surplus capacity).
  public var overstaffPenaltyPerHour: Double

  public init(
    intervalLength: Duration, dayStarts: [Int], intervalCount: Int, labels: [String],
    channels: [ChannelDemand], shiftTemplates: [ShiftTemplate], agents: [AgentContract],
    rules: LabourRules = LabourRules(), overstaffPenaltyPerHour: Double = 0.01
  ) {
    self.intervalLength = intervalLength
    self.dayStarts = dayStarts
    self.intervalCount = intervalCount
    self.labels = labels
    self.channels = channels
    self.shiftTemplates = shiftTemplates
    self.agents = agents
    self.rules = rules
    self.overstaffPenaltyPerHour = overstaffPenaltyPerHour
  }

  /// The length of one interval in hours.
  public var hoursPerInterval: Double { intervalLength.inSeconds / 3600 }

  /// The number of days in the week.
  public var dayCount: Int { dayStarts.count }

  /// The intervals of day `day`: from its start to the next day's start (or the week's end).
  public func intervals(ofDay day: Int) -> Range<Int> {
    dayStarts[day]..<(day + 1 < dayStarts.count ? dayStarts[day + 1] : intervalCount)
  }

  /// The day an interval belongs to.
  public func day(of interval: Int) -> Int {
    (dayStarts.lastIndex { $0 <= interval }) ?? 0
  }
}

/// One channel's demand over the week: real agents per interval, or deferred work with a window.
public struct ChannelDemand: Sendable, Codable, Equatable {
  /// How the channel's work must be served.
  public enum Demand: Sendable, Codable, Equatable {
    /// Agents needed in each interval (real, after shrinkage; chat already reflects concurrency).
    case immediate(required: [Double])
    /// Work arriving in each interval, in agent-intervals, to be served within `window` intervals
    /// of its arrival; `backlog` agent-intervals are waiting at the week's start.
    case deferred(workload: [Double], window: Int, backlog: Double)
  }

  /// The channel's name (`voice`, `email`).
  public var id: String
  /// Its demand.
  public var demand: Demand
  /// Whether the channel is staffed in each interval (published hours); `nil` means always.
  public var open: [Bool]?
  /// Whether it is staffed in the intervals after the week's end (next week's first day), where
  /// shifts of the last day may work on; `nil`: as at the same time a week earlier.
  public var openAfterWeek: [Bool]?
  /// Penalty per agent-hour of requirement left unmet (immediate), or per agent-hour of deferred
  /// work late by a whole window (charged `1/window` of it per interval late).
  public var unmetPenaltyPerHour: Double
  /// The week's promise (line channels scheduled to the promise); nil: cover each interval's
  /// requirement.
  public var promise: ServicePromise?
  /// The week's promise of a deferred channel scheduled to its promise ("90 % of e-mails answered
  /// within 24 h"); nil: late work priced by how late it is only.
  public var deferredPromise: DeferredPromise?

  public init(id: String, demand: Demand, open: [Bool]? = nil, unmetPenaltyPerHour: Double = 100) {
    self.id = id
    self.demand = demand
    self.open = open
    self.unmetPenaltyPerHour = unmetPenaltyPerHour
  }

  /// Whether the channel takes agents in interval `t`.
  public func isOpen(_ t: Int) -> Bool { open?[t] ?? true }

  /// Whether the channel takes agents in interval `t` of the time line, which may run past the
  /// week's `weekLength` intervals into next week.
  public func isOpen(_ t: Int, weekLength: Int) -> Bool {
    if t < weekLength { return isOpen(t) }
    if let after = openAfterWeek, t - weekLength < after.count { return after[t - weekLength] }
    return isOpen(max(0, t - weekLength))
  }

  /// Whether the channel's work is deferred (e-mail).
  public var isDeferred: Bool {
    if case .deferred = demand { return true }
    return false
  }
}

/// A family of shifts: the start grid, the lengths, an optional start window, and the breaks.
public struct ShiftTemplate: Sendable, Codable, Equatable {
  /// Shifts start every `startEvery` intervals, counted from each day's first interval.
  public var startEvery: Int
  /// The allowed lengths, in intervals, breaks included.
  public var lengths: [Int]
  /// The earliest start, in intervals from the day's start.
  public var earliestStart: Int
  /// The latest end, in intervals from the day's start; past the day's length means the next day.
  public var latestEnd: Int?
  /// The breaks, placed by the optimiser inside their windows.
  public var breaks: [BreakRule]
  /// The least work between two breaks of a shift, in intervals (0: they may touch).
  public var minWorkBetweenBreaks: Int

  public init(
    startEvery: Int, lengths: [Int], earliestStart: Int = 0, latestEnd: Int? = nil,
    breaks: [BreakRule] = [], minWorkBetweenBreaks: Int = 0
  ) {
    self.minWorkBetweenBreaks = minWorkBetweenBreaks
    self.startEvery = startEvery
    self.lengths = lengths
    self.earliestStart = earliestStart
    self.latestEnd = latestEnd
    self.breaks = breaks
  }
}

/// One break of a shift: its length and the window in which it starts.
///
/// `after: 2h` in plan.yaml is a window whose earliest start is 2 h into the shift; the adapter
/// chooses the latest start (for example one hour later). Windows are offsets from the shift start.
public struct BreakRule: Sendable, Codable, Equatable {
  /// The break's length in intervals.
  public var length: Int
  /// The earliest start, in intervals after the shift's start.
  public var earliestStart: Int
  /// The latest start, in intervals after the shift's start.
  public var latestStart: Int
  /// Shifts shorter than this (in intervals) have no such break.
  public var minimumShiftLength: Int
  /// Whether the break is paid time.
  public var paid: Bool

  public init(
    length: Int, earliestStart: Int, latestStart: Int, minimumShiftLength: Int = 0,
    paid: Bool = true
  ) {
    self.length = length
    self.earliestStart = earliestStart
    self.latestStart = latestStart
    self.minimumShiftLength = minimumShiftLength
    self.paid = paid
  }

  /// The break's possible starts in a shift of `length` intervals, as offsets from the shift's
  /// start; nil when it does not fit (the plan check refuses such a plan).
  public func starts(inShiftOf length: Int) -> ClosedRange<Int>? {
    let latest = min(latestStart, length - self.length)
    return earliestStart <= latest ? earliestStart...latest : nil
  }
}

/// One named agent's contract: skills, weekly hours and days, availability and cost.
public struct AgentContract: Sendable, Codable, Equatable {
  /// The agent's id, as in agents.csv.
  public var id: String
  /// The channels the agent can serve, as indices into `SchedulingProblem.channels`.
  public var skills: [Int]
  /// Minimum paid hours in the week.
  public var minHours: Double
  /// Maximum paid hours in the week.
  public var maxHours: Double
  /// Maximum working days in the week.
  public var maxDays: Int
  /// Whether the agent can work each interval of the week; `nil` means any time.
  public var available: [Bool]?
  /// The same for the intervals after the week's end (shifts of the last day working on); `nil`:
  /// as at the same time a week earlier.
  public var availableAfterWeek: [Bool]?
  /// Cost of one paid hour.
  public var costPerHour: Double

  public init(
    id: String, skills: [Int], minHours: Double = 0, maxHours: Double, maxDays: Int = 7,
    available: [Bool]? = nil, costPerHour: Double = 1
  ) {
    self.id = id
    self.skills = skills
    self.minHours = minHours
    self.maxHours = maxHours
    self.maxDays = maxDays
    self.available = available
    self.costPerHour = costPerHour
  }

  /// Whether the agent can work interval `t`.
  public func isAvailable(_ t: Int) -> Bool { available?[t] ?? true }

  /// Whether the agent can work interval `t` of the time line, which may run past the week's
  /// `weekLength` intervals into next week.
  public func isAvailable(_ t: Int, weekLength: Int) -> Bool {
    if t < weekLength { return isAvailable(t) }
    if let after = availableAfterWeek, t - weekLength < after.count { return after[t - weekLength] }
    return isAvailable(max(0, t - weekLength))
  }
}

/// Labour rules for every agent, hard (rest, consecutive days) and soft (days off, stable starts).
public struct LabourRules: Sendable, Codable, Equatable {
  /// Minimum rest between the end of one shift and the start of the next, in intervals.
  public var minRest: Int
  /// Maximum consecutive working days.
  public var maxConsecutiveDays: Int
  /// Soft: group days off in pairs where it costs nothing.
  public var preferConsecutiveDaysOff: Bool
  /// Soft: keep an agent's start time the same across the week where it costs nothing.
  public var preferStableStarts: Bool

  public init(
    minRest: Int = 0, maxConsecutiveDays: Int = 7, preferConsecutiveDaysOff: Bool = true,
    preferStableStarts: Bool = true
  ) {
    self.minRest = minRest
    self.maxConsecutiveDays = maxConsecutiveDays
    self.preferConsecutiveDaysOff = preferConsecutiveDaysOff
    self.preferStableStarts = preferStableStarts
  }
}

extension SchedulingProblem {
  /// Penalty per paid agent-hour at work when none of the agent's channels is open (idle), on top
  /// of its wage: 100 x the over-staffing penalty, so of two shifts of equal cost the one that
  /// overhangs the open hours less is chosen.
  var idlePenaltyPerHour: Double { 100 * overstaffPenaltyPerHour }

  /// Whether some channel of `skills` is open in interval `t`; past the week's end, by next week's
  /// hours (`ChannelDemand.isOpen(_:weekLength:)`: a shift of the last day working on).
  func anyOpen(_ skills: [Int], _ t: Int) -> Bool {
    skills.contains { channels[$0].isOpen(t, weekLength: intervalCount) }
  }

  /// The price of minimum hours and working days left unmet: twice the dearest unmet-demand
  /// penalty per hour, and a day at the longest paid shift's hours.
  ///
  /// Stage 1 charges it on each class's shortfall (so it always has a solution) and the finished
  /// roster on the same class totals, so the lower bound stays valid for rosters that miss a minimum.
  func minimumShortfallPenalty(catalog: ShiftCatalog) -> (perHour: Double, perDay: Double) {
    let perHour = 2 * max(100, channels.map(\.unmetPenaltyPerHour).max() ?? 100)
    let longest = Double(catalog.shifts.map(\.paidIntervals).max() ?? 0) * hoursPerInterval
    return (perHour, perHour * longest)
  }
}
